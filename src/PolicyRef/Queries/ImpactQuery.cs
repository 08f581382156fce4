using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Computes before/after windows around a policy's start for its country and a comparison group.</summary>
    internal static class ImpactQuery
    {
        public static ImpactAnalysis Run(PolicyReference reference, Policy policy, MetricId metricId, ImpactOptions options)
        {
            var metric = reference.RequireMetric(metricId, SubjectKind.Country);
            var country = reference.GetCountry(policy.Country);
            var group = (options.ComparisonGroup ?? reference.Countries.Where(c => c.RegionCode == country.RegionCode && c.Code != country.Code).Select(c => c.Code).ToImmutableArray())
                .Where(c => c != country.Code)
                .Select(reference.GetCountry)
                .ToList();
            // Each country's yearly series is built once and sliced for every window length.
            var series = new[] { country }.Concat(group).GroupBy(c => c.Code).Select(g => g.First()).ToDictionary(c => c.Code, c => reference.Series(c, metricId, SeriesOptions.Yearly));
            var (treated, comparison) = Windows(series, policy, options, country, group);
            var sensitivity = new[] { (options.YearsBefore - 1, options.YearsAfter - 1), (options.YearsBefore + 1, options.YearsAfter + 1) }
                .Where(w => w.Item1 >= 1 && w.Item2 >= 1)
                .Select(w =>
                {
                    var (t, c) = Windows(series, policy, options.WithWindows(w.Item1, w.Item2), country, group);
                    return new ImpactSensitivity(w.Item1, w.Item2, DifferenceInDifferences(t, c));
                })
                .ToImmutableArray();
            return new ImpactAnalysis(policy, metric, options, treated, comparison, sensitivity, Limitations(treated, comparison, options), reference.DataVersion);
        }

        private static (SubjectImpact Treated, ImmutableArray<SubjectImpact> Comparison) Windows(IReadOnlyDictionary<CountryCode, Series> allSeries, Policy policy, ImpactOptions options, Country country, IReadOnlyList<Country> group)
        {
            var start = policy.Start.Year;
            SubjectImpact For(Country c)
            {
                var series = allSeries[c.Code];
                ImpactWindow Window(int first, int last) => new ImpactWindow(first, last, series.Points.Where(p => p.Period.Start.Year >= first && p.Period.Start.Year <= last).ToImmutableArray());
                return new SubjectImpact(c, Window(start - options.YearsBefore, start - 1), Window(start + 1, start + options.YearsAfter));
            }

            return (For(country), group.Select(For).ToImmutableArray());
        }

        private static decimal? DifferenceInDifferences(SubjectImpact treated, ImmutableArray<SubjectImpact> comparison)
        {
            var changes = comparison.Where(c => c.Change is not null).Select(c => c.Change!.Value).ToList();
            return treated.Change is null || changes.Count == 0 ? null : treated.Change - changes.Average();
        }

        private static ImmutableArray<string> Limitations(SubjectImpact treated, ImmutableArray<SubjectImpact> comparison, ImpactOptions options)
        {
            var limits = new List<string>
            {
                "It describes what happened before and after; it does not show that the policy caused the difference. A causal claim needs a design (for example a synthetic control) and assumptions this comparison does not test.",
                "Other events in the same years (other policies, gang negotiations, the pandemic, changes in how deaths are counted) are not separated from the policy.",
                "Means of yearly figures from different publishers and definitions are compared as given; the figure for each year is the preferred claim, and other sources may differ.",
                $"The answer depends on the windows ({options.YearsBefore} years before, {options.YearsAfter} after); see the sensitivity lines.",
            };
            var missing = new[] { treated }.Concat(comparison).Where(s => !s.Before.MissingYears.IsEmpty || !s.After.MissingYears.IsEmpty).Select(s => s.Country.Code.Value).ToList();
            if (missing.Count > 0)
            {
                limits.Add($"Years are missing for {string.Join(", ", missing)}; missing years are left out, never filled.");
            }

            var unused = comparison.Where(c => c.Change is null).Select(c => c.Country.Code.Value).ToList();
            if (unused.Count > 0)
            {
                limits.Add($"Left out of the comparison mean for lack of a figure in one window: {string.Join(", ", unused)}.");
            }

            return limits.ToImmutableArray();
        }
    }
}
