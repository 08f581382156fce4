using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Ranks subjects by their preferred figure at or before a date.</summary>
    internal static class RankQuery
    {
        public static Ranking Run(PolicyReference reference, IEnumerable<IClaimSubject> subjects, SubjectKind kind, MetricId metricId, LocalDate asOf, RankOptions? options)
        {
            options ??= RankOptions.Default;
            var metric = reference.RequireMetric(metricId, kind);
            if (!metric.Unit.IsNumeric)
            {
                throw new ArgumentException($"Metric '{metric.Id}' is measured in '{metric.Unit}', which cannot be ranked; rank a numeric metric.", nameof(metricId));
            }

            var oldest = options.MaximumAge is null ? (LocalDate?)null : asOf.Minus(options.MaximumAge);
            var sources = reference.SourceIndex;
            var ranked = new List<(IClaimSubject Subject, ClaimSelection Selection)>();
            var without = new List<IClaimSubject>();
            foreach (var subject in subjects)
            {
                if (options.Region is not null && !InRegion(reference, subject, options.Region))
                {
                    continue;
                }

                var claims = subject.Claims.For(metricId);
                var selection = claims.IsEmpty ? null : PreferenceRule.Default.SelectFrom(claims, metric, sources, asOf);
                if (selection is null || (oldest is not null && selection.Chosen.Period.End < oldest.Value))
                {
                    without.Add(subject);
                }
                else
                {
                    ranked.Add((subject, selection));
                }
            }

            // Ties are broken by subject id so that the order never depends on input order.
            var descending = options.Order == RankOrder.Descending;
            var keys = new decimal[ranked.Count];
            var order = new int[ranked.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = ranked[i].Selection.Chosen.Value.Number;
                order[i] = i;
            }

            Array.Sort(order, (x, y) =>
            {
                var byValue = keys[x].CompareTo(keys[y]);
                return byValue != 0 ? (descending ? -byValue : byValue) : string.CompareOrdinal(ranked[x].Subject.Id, ranked[y].Subject.Id);
            });
            var ordered = order.Select(i => ranked[i]).ToList();
            var staleBefore = asOf.PlusYears(-StaleAfterYears);
            var staleSuffix = $", more than {StaleAfterYears} years before {asOf:uuuu-MM-dd}";
            var prisonMetric = metric.Id.Value.StartsWith("prison-", StringComparison.Ordinal);
            var rows = ImmutableArray.CreateBuilder<RankingRow>(options.Top is null ? ordered.Count : Math.Min(ordered.Count, options.Top.Value));
            for (var i = 0; i < ordered.Count && (options.Top is null || i < options.Top); i++)
            {
                var rank = i > 0 && ordered[i].Selection.Chosen.Value.Number == ordered[i - 1].Selection.Chosen.Value.Number ? rows[i - 1].Rank : i + 1;
                rows.Add(new RankingRow(rank, ordered[i].Subject, ordered[i].Selection, reference.GetSource(ordered[i].Selection.Chosen.SourceId), Warnings(reference, ordered[i].Subject, ordered[i].Selection.Chosen, staleBefore, staleSuffix, prisonMetric, asOf)));
            }

            return new Ranking(metric, asOf, options, rows.ToImmutable(), without.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray(), reference.DataVersion);
        }

        /// <summary>Figures older than this at the as-of date are flagged as stale.</summary>
        private const int StaleAfterYears = 3;

        private static ImmutableArray<string> Warnings(PolicyReference reference, IClaimSubject subject, Claim claim, LocalDate staleBefore, string staleSuffix, bool prisonMetric, LocalDate asOf)
        {
            ImmutableArray<string>.Builder? warnings = null;
            if (claim.Period.End < staleBefore)
            {
                warnings = ImmutableArray.CreateBuilder<string>();
                warnings.Add("latest figure is for " + claim.Period + staleSuffix);
            }

            if (prisonMetric && subject is Country country && reference.HasPublicationClaims(country) && reference.WithheldStatistics(country, asOf) is { } withheld)
            {
                warnings ??= ImmutableArray.CreateBuilder<string>();
                warnings.Add($"prison statistics reported as withheld ({withheld.Period}) [{withheld.SourceId}]");
            }

            return warnings is null ? ImmutableArray<string>.Empty : warnings.ToImmutable();
        }

        private static bool InRegion(PolicyReference reference, IClaimSubject subject, string region)
        {
            var country = subject switch
            {
                Country c => c,
                Facility f => reference.TryGetCountry(f.Country, out var found) ? found : null,
                Policy p => reference.TryGetCountry(p.Country, out var found) ? found : null,
                _ => null,
            };
            return country is not null && (country.RegionCode == region || string.Equals(country.Region, region, StringComparison.OrdinalIgnoreCase));
        }
    }
}
