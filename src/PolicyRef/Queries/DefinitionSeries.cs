using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// The yearly series an estimate reads when a caller asks for a variant: the variant's preferred figure in the years
    /// that have one, the standard definition's in the others. Asking for the variant alone would leave a country without
    /// the years it has only standard figures for (and every comparison country without any), so the rule mixes, and the
    /// estimates say so: each point keeps its claim (and so its definition), breaks are marked where the definition
    /// changes, and a limitation is added when the definitions differ across the windows.
    /// </summary>
    internal static class DefinitionSeries
    {
        /// <summary>The label of the standard definition in outputs that name a point's definition.</summary>
        public const string StandardLabel = "standard";

        /// <summary>The yearly series of the standard definition, with the variant's figure replacing it in each year the variant has one.</summary>
        public static Series Yearly(DataIndex reference, Country country, MetricId metricId, string? definition)
        {
            var standard = SeriesQuery.Preferred(reference, country, metricId, SeriesOptions.Yearly);
            if (definition is null)
            {
                return standard;
            }

            var variant = SeriesQuery.Preferred(reference, country, metricId, SeriesOptions.Yearly.WithDefinition(definition));
            if (variant.Points.IsEmpty)
            {
                return standard;
            }

            var byYear = standard.Points.ToDictionary(p => p.Period.Start.Year);
            foreach (var point in variant.Points)
            {
                byYear[point.Period.Start.Year] = point;
            }

            var ordered = byYear.OrderBy(p => p.Key).Select(p => p.Value).ToList();
            var points = ImmutableArray.CreateBuilder<SeriesPoint>(ordered.Count);
            for (var i = 0; i < ordered.Count; i++)
            {
                var point = ordered[i];
                var breakReason = i == 0 ? null : SeriesQuery.BreakBetween(reference, ordered[i - 1].Claim!, point.Claim!);
                points.Add(new SeriesPoint(point.Period, point.Value, point.Selection, null, breakReason));
            }

            return new Series(country, standard.Metric, SeriesGranularity.Year, null, points.MoveToImmutable());
        }

        /// <summary>The definition a point counts: the variant's id, or <see cref="StandardLabel"/>.</summary>
        public static string Label(SeriesPoint point) => point.Claim?.Definition ?? StandardLabel;

        /// <summary>
        /// Each definition with the countries and years that count it, such as
        /// <c>slv-excluding-gang-members-killed for SLV 2023, 2024</c>; empty when every point counts the same definition.
        /// </summary>
        public static ImmutableArray<string> Mixed(IEnumerable<(string Country, IEnumerable<SeriesPoint> Points)> subjects)
        {
            var all = subjects.SelectMany(s => s.Points.Select(p => (s.Country, Year: p.Period.Start.Year, Definition: Label(p)))).ToList();
            if (all.Select(p => p.Definition).Distinct().Count() < 2)
            {
                return ImmutableArray<string>.Empty;
            }

            return all.Where(p => p.Definition != StandardLabel)
                .GroupBy(p => p.Definition)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key + " for " + string.Join("; ", g.GroupBy(p => p.Country).OrderBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => c.Key + " " + string.Join(", ", c.Select(p => p.Year).Distinct().OrderBy(y => y)))))
                .ToImmutableArray();
        }

        /// <summary>Which years count which definition, such as <c>standard 2017–2021; slv-excluding-gang-members-killed 2023–2024</c>.</summary>
        public static string Describe(IEnumerable<(int Year, string Definition)> points) =>
            string.Join("; ", points.GroupBy(p => p.Definition)
                .OrderBy(g => g.Key == StandardLabel ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key + " " + Years(g.Select(p => p.Year))));

        /// <summary>Years as runs, such as <c>2017–2019, 2021</c>.</summary>
        private static string Years(IEnumerable<int> years)
        {
            var runs = new List<string>();
            var sorted = years.Distinct().OrderBy(y => y).ToList();
            for (var i = 0; i < sorted.Count;)
            {
                var j = i;
                while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
                {
                    j++;
                }

                runs.Add(j == i ? sorted[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{sorted[i]}–{sorted[j]}");
                i = j + 1;
            }

            return string.Join(", ", runs);
        }

        /// <summary>The limitation an estimate carries when its windows mix definitions; null when they do not.</summary>
        public static string? Limitation(ImmutableArray<string> mixed) => mixed.IsEmpty
            ? null
            : $"Definitions are mixed across the windows: {string.Join("; ", mixed)}; every other point counts the standard definition. A change between the windows can then be a change in what is counted, not in the thing measured.";
    }
}
