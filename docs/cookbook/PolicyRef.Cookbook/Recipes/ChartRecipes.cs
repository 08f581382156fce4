using System;
using System.IO;
using System.Linq;
using NodaTime;
using PolicyRef.Charts;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cookbook.Recipes
{
    /// <summary>Charts drawn by PolicyRef.Charts from the shipped data.</summary>
    public static class ChartRecipes
    {
        // <charts>
        public static void DrawCharts(TextWriter output, string imageDirectory)
        {
            var data = PolicyReference.Default;

            // Lines: El Salvador's homicide rate against Honduras and Guatemala from 2010, with the start
            // of the 2022 state of exception marked. Missing years are drawn as gaps.
            var countries = new[] { "SLV", "HND", "GTM" }.Select(data.GetCountry).ToList();
            var policy = data.GetPolicy("slv-state-of-exception-2022");
            var from2010 = SeriesOptions.Yearly.Between(new LocalDate(2010, 1, 1), null);
            var lines = countries.Select(c => data.Series(c, MetricIds.HomicideRate, from2010)).ToList();
            ChartRenderer.Series(data, data.GetMetric(MetricIds.HomicideRate), lines, policy, Path.Combine(imageDirectory, "slv-homicide-rate.png"));

            // Bars: the five highest prison population rates at the end of 2024, each bar with its own period.
            var ranking = data.RankCountries(MetricIds.PrisonPopulationRate, new LocalDate(2024, 12, 31), RankOptions.Default.WithTop(5));
            ChartRenderer.Rank(data, ranking, Path.Combine(imageDirectory, "prison-population-rate-top5.png"));

            // Bars: one facility metric side by side, the preferred claim for each facility.
            var facilities = new[] { "cecot", "la-esperanza-mariona", "changi-prison", "new-bilibid", "adx-florence", "halden" }.Select(data.GetFacility).ToList();
            var comparison = data.CompareFacilities(facilities.Select(f => f.Id), new[] { MetricIds.DesignCapacity });
            ChartRenderer.Compare(data, comparison.Rows.Single(), Path.Combine(imageDirectory, "design-capacity.png"));

            // What was drawn, figure by figure (a .svg file name gives an SVG instead).
            foreach (var series in lines)
            {
                output.WriteLine($"{series.Subject.DisplayName}: " + string.Join(", ", series.Points.Select(p => $"{p.Period} {ClaimFormatter.FormatNumber(Math.Round(p.Value, 1))}")));
            }

            output.WriteLine(string.Join(", ", ranking.Rows.Select(r => $"{r.Subject.DisplayName} {ClaimFormatter.FormatNumber(r.Value)} ({r.Period})")));
            output.WriteLine(string.Join(", ", facilities.Select(f => $"{f.DisplayName} {ClaimFormatter.FormatValue(data.Select(f, MetricIds.DesignCapacity)!.Chosen)}")));
        }
        // </charts>
    }
}
