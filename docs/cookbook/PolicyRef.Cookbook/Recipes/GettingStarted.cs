// <usings>
using System.IO;
using System.Linq;
using NodaTime;
using PolicyRef;
using PolicyRef.Model;
using PolicyRef.Queries;
// </usings>

namespace PolicyRef.Cookbook.Recipes
{
    /// <summary>The recipes of the getting-started page.</summary>
    public static class GettingStarted
    {
        // <first-comparison>
        public static void FirstComparison(TextWriter output)
        {
            var data = PolicyReference.Default; // the embedded data set: loaded once, shared, thread-safe

            // Two facilities, four metrics. Each cell is the preferred claim; its source is a numbered
            // footnote, and "*" marks a figure on which sources disagree.
            var comparison = data.CompareFacilities(
                new[] { "cecot", "halden" },
                new[] { MetricIds.DesignCapacity, MetricIds.InmatesPerCell, MetricIds.CellConfinementHours, MetricIds.WallHeight });
            output.Write(comparison);
        }
        // </first-comparison>

        // <data-version>
        public static void DataVersion(TextWriter output)
        {
            var data = PolicyReference.Default;

            // The data release: cite it with any figure you use, next to the figure's own source.
            output.WriteLine($"PolicyRef data {data.DataVersion}");
            output.WriteLine($"{data.Countries.Length} countries and jurisdictions, {data.Facilities.Length} facilities, {data.Policies.Length} policies");
            output.WriteLine($"{data.Metrics.Length} metrics, {data.Standards.Length} standards, {data.Sources.Length} sources, {data.Claims.Count()} claims");

            // Every answer carries the release it was computed from.
            var ranking = data.RankCountries(MetricIds.PrisonPopulationRate, new LocalDate(2024, 12, 31), RankOptions.Default.WithTop(1));
            output.WriteLine($"A ranking says: {ranking.DataVersion}");
        }
        // </data-version>
    }
}
