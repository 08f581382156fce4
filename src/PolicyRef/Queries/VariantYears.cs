using System;
using System.Collections.Generic;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// Why a year of an estimate has no figure when the country has one of a variant only (such as an official count that
    /// leaves some deaths out): a variant is not the standard definition, so it is not mixed into the standard series.
    /// </summary>
    internal static class VariantYears
    {
        /// <summary>A sentence naming the years and variants, or empty when no missing year has a variant figure.</summary>
        public static string Explain(DataIndex reference, Country country, MetricId metricId, IEnumerable<int> years)
        {
            var standard = new HashSet<int>(SeriesQuery.Preferred(reference, country, metricId, SeriesOptions.Yearly).Points.Select(p => p.Period.Start.Year));
            var variants = country.Claims.For(metricId).Where(c => c.Definition is not null && c.Period.Start.Year == c.Period.End.Year).ToList();
            var missing = years.Where(y => !standard.Contains(y) && variants.Any(c => c.Period.Start.Year == y)).Distinct().OrderBy(y => y).ToList();
            if (missing.Count == 0)
            {
                return string.Empty;
            }

            var names = variants.Where(c => missing.Contains(c.Period.Start.Year)).Select(c => c.Definition!).Distinct().OrderBy(d => d, StringComparer.Ordinal);
            return $" Its figures for {string.Join(", ", missing)} are of a variant of the metric ({string.Join(", ", names)}), not of its standard definition, and a variant is not mixed into the standard series.";
        }
    }
}
