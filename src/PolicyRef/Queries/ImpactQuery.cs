using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Computes before/after windows around a policy's start for its country and a comparison group, with the diagnostics of <see cref="ImpactDiagnostics"/>.</summary>
    internal static class ImpactQuery
    {
        public static ImpactAnalysis Run(DataIndex reference, Policy policy, MetricId metricId, ImpactOptions options)
        {
            var metric = DataIndex.RequireVariant(reference.RequireMetric(metricId, SubjectKind.Country), options.Definition);
            var country = reference.GetCountry(policy.Country);
            var start = policy.Start.Year;
            var explicitGroup = options.ComparisonGroup is not null;
            var candidates = (options.ComparisonGroup ?? reference.Countries.Where(c => c.RegionCode == country.RegionCode && c.Code != country.Code).Select(c => c.Code).ToImmutableArray())
                .Where(c => c != country.Code)
                .Distinct()
                .Select(reference.GetCountry)
                .ToList();
            var leftOut = new List<string>();
            var warnings = new List<string>();
            var group = new List<Country>();
            foreach (var candidate in candidates)
            {
                var treatedToo = SameKindPolicy(reference, policy, candidate.Code, start - options.YearsBefore, start + options.YearsAfter);
                var why = treatedToo is null ? null : $"under {treatedToo.Id}, a policy of the same kind ({treatedToo.PolicyKind}) from {treatedToo.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, within the windows";
                if (treatedToo is null || explicitGroup)
                {
                    group.Add(candidate);
                }

                if (why is not null && explicitGroup)
                {
                    warnings.Add($"{candidate.Id} was named in the comparison group but is itself {why}: its change is not that of an untreated country.");
                }
                else if (why is not null)
                {
                    leftOut.Add($"{candidate.Id}: {why}");
                }
            }

            // Each country's yearly series is built once and sliced for every window length.
            var series = new[] { country }.Concat(group).ToDictionary(c => c.Code, c => DefinitionSeries.Yearly(reference, c, metricId, options.Definition));
            var (treated, comparison) = Windows(series, start, options, country, group);
            foreach (var unused in comparison.Where(c => !Uses(c, options)))
            {
                var missing = unused.Before.MissingYears.Concat(unused.After.MissingYears).ToList();
                leftOut.Add(unused.Change is null
                    ? $"{unused.Country.Id}: no figure in one window"
                    : $"{unused.Country.Id}: no figure for {string.Join(", ", missing)} (complete-window rule; partial windows can be allowed)");
            }

            var sensitivity = new[] { (options.YearsBefore - 1, options.YearsAfter - 1), (options.YearsBefore + 1, options.YearsAfter + 1) }
                .Where(w => w.Item1 >= 1 && w.Item2 >= 1)
                .Select(w =>
                {
                    var (t, c) = Windows(series, start, options.WithWindows(w.Item1, w.Item2), country, group);
                    return new ImpactSensitivity(w.Item1, w.Item2, DifferenceInDifferences(t, c, options));
                })
                .ToImmutableArray();
            var diagnostics = ImpactDiagnostics.Compute(reference, series, policy, options, country, group, treated, comparison.Where(c => Uses(c, options)).ToList());
            warnings.AddRange(diagnostics.Warnings);
            if (options.Definition is not null && !new[] { treated }.Concat(comparison).Any(s => s.Before.Points.Concat(s.After.Points).Any(p => p.Claim?.Definition == options.Definition)))
            {
                warnings.Add($"No figure of the variant {options.Definition} falls in the windows: every point counts the standard definition.");
            }

            return new ImpactAnalysis(policy, metric, options, treated, comparison, sensitivity, Limitations(treated, comparison, options), reference.DataVersion, diagnostics.With(warnings, leftOut));
        }

        /// <summary>Whether a comparison country enters the mean: both windows complete, or (when allowed) a figure in each.</summary>
        internal static bool Uses(SubjectImpact subject, ImpactOptions options) => subject.Change is not null && (options.AllowsPartialWindows || subject.IsComplete);

        internal static (SubjectImpact Treated, ImmutableArray<SubjectImpact> Comparison) Windows(IReadOnlyDictionary<CountryCode, Series> allSeries, int start, ImpactOptions options, Country country, IReadOnlyList<Country> group)
        {
            SubjectImpact For(Country c)
            {
                var series = allSeries[c.Code];
                ImpactWindow Window(int first, int last) => new ImpactWindow(first, last, series.Points.Where(p => p.Period.Start.Year >= first && p.Period.Start.Year <= last).ToImmutableArray());
                return new SubjectImpact(c, Window(start - options.YearsBefore, start - 1), Window(start + 1, start + options.YearsAfter));
            }

            return (For(country), group.Select(For).ToImmutableArray());
        }

        internal static decimal? DifferenceInDifferences(SubjectImpact treated, IEnumerable<SubjectImpact> comparison, ImpactOptions options)
        {
            var changes = comparison.Where(c => Uses(c, options)).Select(c => c.Change!.Value).ToList();
            return treated.Change is null || changes.Count == 0 ? null : treated.Change - changes.Average();
        }

        /// <summary>A policy of the same kind in another country whose years overlap [first, last].</summary>
        internal static Policy? SameKindPolicy(DataIndex reference, Policy policy, CountryCode country, int first, int last) =>
            reference.Policies.FirstOrDefault(p => p.Country == country && p.Id != policy.Id && p.PolicyKind == policy.PolicyKind && p.Start.Year <= last && (p.End is null || p.End.Value.Year >= first));

        private static ImmutableArray<string> Limitations(SubjectImpact treated, ImmutableArray<SubjectImpact> comparison, ImpactOptions options)
        {
            var limits = new List<string>
            {
                "It describes what happened before and after; it does not show that the policy caused the difference. A causal claim needs a design (for example a synthetic control) and assumptions this comparison does not test.",
                "Other events in the same years (other policies, gang negotiations, the pandemic, changes in how deaths are counted) are not separated from the policy.",
                "Means of yearly figures from different publishers and definitions are compared as given; the figure for each year is the preferred claim, and other sources may differ.",
                $"The answer depends on the windows ({options.YearsBefore} years before, {options.YearsAfter} after); see the sensitivity lines.",
            };
            var mixed = DefinitionSeries.Limitation(DefinitionSeries.Mixed(new[] { treated }.Concat(comparison.Where(c => Uses(c, options)))
                .Select(s => (s.Country.Code.Value, s.Before.Points.Concat(s.After.Points)))));
            if (mixed is not null)
            {
                limits.Add(mixed);
            }

            var missing = new[] { treated }.Concat(comparison).Where(s => !s.IsComplete).Select(s => s.Country.Code.Value).ToList();
            if (missing.Count > 0)
            {
                limits.Add($"Years are missing for {string.Join(", ", missing)}; missing years are left out, never filled.");
            }

            return limits.ToImmutableArray();
        }
    }
}
