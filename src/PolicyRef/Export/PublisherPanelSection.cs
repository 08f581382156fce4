using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PolicyRef.Model;

namespace PolicyRef.Export
{
    /// <summary>
    /// The coverage report's panel of Latin American and Caribbean homicide rates: per country and calendar year, how
    /// many independent publishers give a figure, so that the cells held by one voice only stand out. A copy counts as the
    /// publisher it copies (<see cref="Source.Republishes"/>): three outlets printing the police's count are one voice.
    /// </summary>
    internal static class PublisherPanelSection
    {
        /// <summary>UN M49 sub-regions of Latin America and the Caribbean: South America, Central America, the Caribbean.</summary>
        internal static readonly IReadOnlyList<string> RegionCodes = new[] { "005", "013", "029" };

        /// <summary>First year of the panel.</summary>
        internal const int FirstYear = 2010;

        /// <summary>Per country (in the data set's order) and year, the distinct independent publishers of calendar-year claims.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="metric">The metric of the panel.</param>
        /// <returns>Rows of the panel and the last year with any figure (null when none).</returns>
        internal static (IReadOnlyList<(Country Country, IReadOnlyDictionary<int, int> Publishers)> Rows, int? LastYear) Cells(PolicyReference reference, MetricId metric)
        {
            var rows = new List<(Country, IReadOnlyDictionary<int, int>)>();
            int? last = null;
            foreach (var country in reference.Countries.Where(c => RegionCodes.Contains(c.RegionCode, StringComparer.Ordinal)))
            {
                // Only figures for one calendar year count; a span such as 2022-03-27/2023-03-27 is no year's figure.
                var byYear = country.Claims.For(metric)
                    .Where(c => c.Period.Start.Year == c.Period.End.Year && c.Period.Start.Year >= FirstYear)
                    .GroupBy(c => c.Period.Start.Year)
                    .ToDictionary(g => g.Key, g => g.Select(c => Data.Voice.Of(reference.Index, reference.GetSource(c.SourceId)).Key).Distinct(StringComparer.Ordinal).Count());
                if (byYear.Count == 0)
                {
                    continue;
                }

                last = Math.Max(last ?? int.MinValue, byYear.Keys.Max());
                rows.Add((country, byYear));
            }

            return (rows, last);
        }

        /// <summary>Appends the panel as a Markdown section.</summary>
        /// <param name="text">The report being written.</param>
        /// <param name="reference">The data set.</param>
        internal static void Append(StringBuilder text, PolicyReference reference)
        {
            var metric = MetricIds.HomicideRate;
            var (rows, last) = Cells(reference, metric);
            text.Append("\n## Latin America and the Caribbean: homicide rate by publisher\n\n");
            if (last is null)
            {
                text.Append("No calendar-year figures for `").Append(metric).Append("` in these regions.\n");
                return;
            }

            var years = Enumerable.Range(FirstYear, last.Value - FirstYear + 1).ToList();
            var filled = rows.Sum(r => r.Publishers.Count);
            var several = rows.Sum(r => r.Publishers.Values.Count(n => n >= 2));
            text.Append("Per country and calendar year, the number of independent publishers giving a `").Append(metric).Append("` figure (— none); ")
                .Append("a source that re-publishes another's figure counts as the publisher it copies. ")
                .Append(several).Append(" of ").Append(filled).Append(" country-years with a figure have two or more publishers.\n\n")
                .Append("| country | ").Append(string.Join(" | ", years)).Append(" |\n")
                .Append("|---|").Append(string.Concat(years.Select(_ => "---|"))).Append('\n');
            foreach (var (country, publishers) in rows)
            {
                text.Append("| ").Append(country.Id).Append(" | ")
                    .Append(string.Join(" | ", years.Select(y => publishers.TryGetValue(y, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—")))
                    .Append(" |\n");
            }
        }
    }
}
