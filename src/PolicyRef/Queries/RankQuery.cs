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
        /// <summary>
        /// Ranks <paramref name="subjects"/>, or, when null, every country (or facility) of the set through its column of
        /// claims for the metric (one array walk instead of a hash probe per subject).
        /// </summary>
        public static Ranking Run(PolicyReference reference, IReadOnlyList<IClaimSubject>? subjects, SubjectKind kind, MetricId metricId, LocalDate asOf, RankOptions? options)
        {
            options ??= RankOptions.Default;
            var metric = PolicyReference.RequireVariant(reference.RequireMetric(metricId, kind), options.Definition);
            if (!metric.Unit.IsNumeric)
            {
                throw new ArgumentException($"Metric '{metric.Id}' is measured in '{metric.Unit}', which cannot be ranked; rank a numeric metric.", nameof(metricId));
            }

            var oldest = options.MaximumAge is null ? (LocalDate?)null : asOf.Minus(options.MaximumAge);
            var sources = reference.SourcesById;
            var ranked = new List<(IClaimSubject Subject, ClaimSelection Selection)>();
            var without = new List<IClaimSubject>();
            var column = subjects is null ? reference.Column(kind, metricId) : null;
            subjects ??= kind == SubjectKind.Country ? reference.Countries : reference.Facilities;
            for (var index = 0; index < subjects.Count; index++)
            {
                var subject = subjects[index];
                if (options.Region is not null && !InRegion(reference, subject, options.Region))
                {
                    continue;
                }

                var claims = column is null ? subject.Claims.For(metricId) : column[index];
                var selection = claims.IsEmpty ? null : PreferenceRule.Default.SelectFrom(claims, metric, sources, asOf, options.Definition);
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
            var context = new RankingRowContext(reference, metric, asOf);
            var rows = ImmutableArray.CreateBuilder<RankingRow>(options.Top is null ? ordered.Count : Math.Min(ordered.Count, options.Top.Value));
            for (var i = 0; i < ordered.Count && (options.Top is null || i < options.Top); i++)
            {
                var rank = i > 0 && keys[order[i]] == keys[order[i - 1]] ? rows[i - 1].Rank : i + 1;
                rows.Add(new RankingRow(rank, ordered[i].Subject, ordered[i].Selection, context));
            }

            return new Ranking(metric, asOf, options, rows.ToImmutable(), without.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray(), reference.DataVersion);
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
