using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Ranks subjects by their preferred figure at or before a date.</summary>
    internal static class RankQuery
    {
        /// <summary>
        /// Ranks <paramref name="subjects"/> by the preference rule applied to each one's claims, or, when null, every
        /// country (or facility) of the set through the metric's column (<see cref="MetricColumn"/>) when the standard
        /// definition is asked for: the same answer, read from plain arrays.
        /// </summary>
        public static Ranking Run(DataIndex reference, IReadOnlyList<IClaimSubject>? subjects, SubjectKind kind, MetricId metricId, LocalDate asOf, RankOptions? options)
        {
            options ??= RankOptions.Default;
            var metric = DataIndex.RequireVariant(reference.RequireMetric(metricId, kind), options.Definition);
            if (!metric.Unit.IsNumeric)
            {
                throw new ArgumentException($"Metric '{metric.Id}' is measured in '{metric.Unit}', which cannot be ranked; rank a numeric metric.", nameof(metricId));
            }

            var oldest = options.MaximumAge is null ? (LocalDate?)null : asOf.Minus(options.MaximumAge);
            var ranked = new List<(IClaimSubject Subject, ClaimSelection Selection)>();
            var keys = new List<decimal>();
            var without = new List<IClaimSubject>();
            if (subjects is null && options.Definition is null)
            {
                ScanColumn(reference, kind, metric, asOf, oldest, options.Region, ranked, keys, without);
            }
            else
            {
                subjects ??= kind == SubjectKind.Country ? reference.Countries : reference.Facilities;
                foreach (var subject in subjects)
                {
                    if (options.Region is not null && !InRegion(reference, subject, options.Region))
                    {
                        continue;
                    }

                    var claims = subject.Claims.For(metricId);
                    var selection = claims.IsEmpty ? null : PreferenceRule.Default.SelectFrom(claims, metric, reference.SourcesById, asOf, options.Definition);
                    if (selection is null || (oldest is not null && selection.Chosen.Period.End < oldest.Value))
                    {
                        without.Add(subject);
                    }
                    else
                    {
                        ranked.Add((subject, selection));
                        keys.Add(selection.Chosen.Value.Number);
                    }
                }
            }

            // Ties are broken by subject id so that the order never depends on input order.
            var descending = options.Order == RankOrder.Descending;
            var order = new int[ranked.Count];
            for (var i = 0; i < order.Length; i++)
            {
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

        /// <summary>Every subject of the kind, through the metric's column (the standard definition only).</summary>
        private static void ScanColumn(DataIndex reference, SubjectKind kind, MetricDefinition metric, LocalDate asOf, LocalDate? oldest, string? region, List<(IClaimSubject Subject, ClaimSelection Selection)> ranked, List<decimal> keys, List<IClaimSubject> without)
        {
            var column = reference.Column(kind, metric.Id);
            var sources = reference.SourcesById;
            var asOfKey = MetricColumn.DayKey(asOf);
            var oldestKey = oldest is null ? int.MinValue : MetricColumn.DayKey(oldest.Value);
            IReadOnlyList<IClaimSubject> subjects = kind == SubjectKind.Country ? reference.Countries : reference.Facilities;
            for (var index = 0; index < subjects.Count; index++)
            {
                var subject = subjects[index];
                if (region is not null && !InRegion(reference, subject, region))
                {
                    continue;
                }

                var selection = ColumnSelection.Select(column, index, metric, sources, asOfKey, out var row);
                if (selection is null || column.End[row] < oldestKey)
                {
                    without.Add(subject);
                }
                else
                {
                    ranked.Add((subject, selection));
                    keys.Add((column.Flags[row] & MetricColumn.IsNumber) != 0 ? column.Number[row] : selection.Chosen.Value.Number);
                }
            }
        }

        private static bool InRegion(DataIndex reference, IClaimSubject subject, string region)
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
