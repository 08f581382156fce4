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
            var without = new List<IClaimSubject>();
            var rows = subjects is null && options.Definition is null
                ? ScanColumn(reference, kind, metric, asOf, oldest, options, without)
                : SelectEach(reference, subjects ?? (kind == SubjectKind.Country ? reference.Countries : reference.Facilities), metric, asOf, oldest, options, without);
            return new Ranking(metric, asOf, options, rows, without.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray(), reference.DataVersion);
        }

        /// <summary>The subjects given, each through the preference rule applied to its claims.</summary>
        private static ImmutableArray<RankingRow> SelectEach(DataIndex reference, IReadOnlyList<IClaimSubject> subjects, MetricDefinition metric, LocalDate asOf, LocalDate? oldest, RankOptions options, List<IClaimSubject> without)
        {
            var ranked = new List<(IClaimSubject Subject, ClaimSelection Selection)>();
            foreach (var subject in subjects)
            {
                if (options.Region is not null && !InRegion(reference, subject, options.Region))
                {
                    continue;
                }

                var claims = subject.Claims.For(metric.Id);
                var selection = claims.IsEmpty ? null : PreferenceRule.Default.SelectFrom(claims, metric, reference.SourcesById, asOf, options.Definition);
                if (selection is null || (oldest is not null && selection.Chosen.Period.End < oldest.Value))
                {
                    without.Add(subject);
                }
                else
                {
                    ranked.Add((subject, selection));
                }
            }

            // The subjects given may come in any order: their places in id order break ties.
            var byId = Enumerable.Range(0, ranked.Count).OrderBy(i => ranked[i].Subject.Id, StringComparer.Ordinal).ToArray();
            var entries = new RankEntry[ranked.Count];
            for (var place = 0; place < byId.Length; place++)
            {
                var item = byId[place];
                entries[place] = new RankEntry(ranked[item].Selection.Chosen.Value.Number, place, item);
            }

            var context = new RankingRowContext(reference, metric, asOf);
            return Rows(entries, entries.Length, options, (rank, entry) => new RankingRow(rank, ranked[entry.Item].Subject, ranked[entry.Item].Selection, context));
        }

        /// <summary>Every subject of the kind, through the metric's column (the standard definition only).</summary>
        private static ImmutableArray<RankingRow> ScanColumn(DataIndex reference, SubjectKind kind, MetricDefinition metric, LocalDate asOf, LocalDate? oldest, RankOptions options, List<IClaimSubject> without)
        {
            var column = reference.Column(kind, metric.Id);
            var sources = reference.SourcesById;
            var asOfKey = MetricColumn.DayKey(asOf);
            var oldestKey = oldest is null ? int.MinValue : MetricColumn.DayKey(oldest.Value);
            IReadOnlyList<IClaimSubject> subjects = kind == SubjectKind.Country ? reference.Countries : reference.Facilities;
            var entries = new RankEntry[subjects.Count];
            var count = 0;
            for (var index = 0; index < subjects.Count; index++)
            {
                if (options.Region is not null && !InRegion(reference, subjects[index], options.Region))
                {
                    continue;
                }

                var row = ColumnSelection.Choose(column, index, metric, sources, asOfKey);
                if (row < 0 || column.End[row] < oldestKey)
                {
                    without.Add(subjects[index]);
                }
                else
                {
                    // The column holds the subjects in ordinal id order (DataIndex sorts them so), so the index breaks ties as the id does.
                    var value = (column.Flags[row] & MetricColumn.IsNumber) != 0 ? column.Number[row] : column.Claims[row].Value.Number;
                    entries[count++] = new RankEntry(value, index, row);
                }
            }

            var context = new RankingRowContext(reference, metric, asOf, column);
            return Rows(entries, count, options, (rank, entry) => new RankingRow(rank, subjects[entry.IdOrder], column.Claims[entry.Item], entry.IdOrder, context));
        }

        /// <summary>Sorts the entries and makes the rows of the first <see cref="RankOptions.Top"/>; tied values share a rank.</summary>
        private static ImmutableArray<RankingRow> Rows(RankEntry[] entries, int count, RankOptions options, Func<int, RankEntry, RankingRow> row)
        {
            var comparer = new RankEntry.Comparer(options.Order == RankOrder.Descending);
#if NET
            // The comparer is a struct: the span sort is specialised for it and inlines each comparison.
            entries.AsSpan(0, count).Sort(comparer);
#else
            Array.Sort(entries, 0, count, comparer);
#endif
            var length = options.Top is null ? count : Math.Min(count, options.Top.Value);
            var rows = ImmutableArray.CreateBuilder<RankingRow>(length);
            var rank = 0;
            for (var i = 0; i < length; i++)
            {
                rank = i > 0 && entries[i].Value == entries[i - 1].Value ? rank : i + 1;
                rows.Add(row(rank, entries[i]));
            }

            return rows.MoveToImmutable();
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
