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

            var inScope = subjects.Where(s => options.Region is null || InRegion(reference, s, options.Region)).ToList();
            var oldest = options.MaximumAge is null ? (LocalDate?)null : asOf.Minus(options.MaximumAge);
            var ranked = new List<(IClaimSubject Subject, ClaimSelection Selection)>();
            var without = new List<IClaimSubject>();
            foreach (var subject in inScope)
            {
                var selection = reference.Select(subject, metricId, asOf);
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
            var ordered = (options.Order == RankOrder.Descending
                    ? ranked.OrderByDescending(r => r.Selection.Chosen.Value.Number)
                    : ranked.OrderBy(r => r.Selection.Chosen.Value.Number))
                .ThenBy(r => r.Subject.Id, StringComparer.Ordinal)
                .ToList();
            var rows = ImmutableArray.CreateBuilder<RankingRow>();
            for (var i = 0; i < ordered.Count && (options.Top is null || i < options.Top); i++)
            {
                var rank = i > 0 && ordered[i].Selection.Chosen.Value.Number == ordered[i - 1].Selection.Chosen.Value.Number ? rows[i - 1].Rank : i + 1;
                rows.Add(new RankingRow(rank, ordered[i].Subject, ordered[i].Selection, reference.GetSource(ordered[i].Selection.Chosen.SourceId), Warnings(reference, ordered[i].Subject, ordered[i].Selection.Chosen, metric, asOf)));
            }

            return new Ranking(metric, asOf, options, rows.ToImmutable(), without.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray(), reference.DataVersion);
        }

        /// <summary>Figures older than this at the as-of date are flagged as stale.</summary>
        private const int StaleAfterYears = 3;

        private static ImmutableArray<string> Warnings(PolicyReference reference, IClaimSubject subject, Claim claim, MetricDefinition metric, LocalDate asOf)
        {
            var warnings = ImmutableArray.CreateBuilder<string>();
            if (claim.Period.End < asOf.PlusYears(-StaleAfterYears))
            {
                warnings.Add($"latest figure is for {claim.Period}, more than {StaleAfterYears} years before {asOf:uuuu-MM-dd}");
            }

            if (subject is Country country && metric.Id.Value.StartsWith("prison-", StringComparison.Ordinal) && reference.WithheldStatistics(country, asOf) is { } withheld)
            {
                warnings.Add($"prison statistics reported as withheld ({withheld.Period}) [{withheld.SourceId}]");
            }

            return warnings.ToImmutable();
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
