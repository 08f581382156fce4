using System;
using System.IO;
using System.Linq;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cookbook.Recipes
{
    /// <summary>The recipes of the methodology page: the caveats, shown on the data itself.</summary>
    public static class Methodology
    {
        // <publishers-differ>
        public static void PublishersDiffer(TextWriter output)
        {
            var data = PolicyReference.Default;
            var slv = data.GetCountry("SLV");

            // The metric's definition and what limits comparisons, as stored with it.
            var metric = data.GetMetric(MetricIds.PrisonPopulationTotal);
            output.WriteLine($"{metric.Name}: {metric.Definition}");
            output.WriteLine($"Comparability: {metric.Comparability}");
            output.WriteLine();

            // El Salvador's prison population, one series per publisher, 2010 to 2017.
            var years = SeriesOptions.Yearly.Between(new LocalDate(2010, 1, 1), new LocalDate(2017, 12, 31));
            foreach (var (publisher, series) in data.SeriesByPublisher(slv, MetricIds.PrisonPopulationTotal, years).Where(s => !s.Value.Points.IsEmpty))
            {
                output.WriteLine($"{publisher}: " + string.Join(", ", series.Points.Select(p => $"{p.Period} {ClaimFormatter.FormatNumber(p.Value)}")));
            }
        }
        // </publishers-differ>

        // <homicide-counts>
        public static void WhatHomicideCountsLeaveOut(TextWriter output)
        {
            var data = PolicyReference.Default;
            output.WriteLine($"Comparability: {data.GetMetric(MetricIds.HomicideRate).Comparability}");
            output.WriteLine();

            // Every claim on El Salvador's homicide count since 2022, with its source and note.
            var claims = data.GetCountry("SLV").Claims.For(MetricIds.HomicidesTotal)
                .Where(c => c.Period.Start.Year >= 2022)
                .OrderBy(c => c.Period)
                .ThenBy(c => c.SourceId, StringComparer.Ordinal);
            foreach (var claim in claims)
            {
                output.WriteLine($"{claim.Period}  {ClaimFormatter.FormatValue(claim)}  per {data.GetSource(claim.SourceId).Publisher}");
                output.WriteLine($"      {claim.Note}");
            }
        }
        // </homicide-counts>

        // <withheld-statistics>
        public static void CountriesThatStoppedPublishing(TextWriter output)
        {
            var data = PolicyReference.Default;

            // Silence is recorded as data: prison-statistics-publication = withheld, with its source.
            foreach (var country in data.Countries)
            {
                var withheld = data.WithheldStatistics(country);
                if (withheld is null)
                {
                    continue;
                }

                var latest = data.LatestPeriod(country, MetricIds.PrisonPopulationTotal);
                output.WriteLine($"{country.Name}: reported withheld ({withheld.Period}) per {data.GetSource(withheld.SourceId).Publisher}; latest prison population figure: {latest?.ToString() ?? "none"}");
                output.WriteLine($"      {withheld.Note}");
            }
        }
        // </withheld-statistics>
    }
}
