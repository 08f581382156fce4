using System;
using System.IO;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Export;
using PolicyRef.Model;

namespace PolicyRef.Cookbook.Recipes
{
    /// <summary>Recipes that load your own files and export the data set.</summary>
    public static class YourData
    {
        // <own-data>
        public static void LoadYourOwnData(TextWriter output)
        {
            var directory = Directory.CreateTempSubdirectory("policyref-own-data-").FullName;
            try
            {
                // Your files use the layout and format of data/ (see the data format page). Here: one
                // source and one facility, an illustration rather than a real prison.
                Directory.CreateDirectory(Path.Combine(directory, "sources"));
                File.WriteAllText(Path.Combine(directory, "sources", "my-sources.json"), """
                    { "sources": [ { "id": "my-site-visit-2026", "publisher": "My research group", "title": "Site visit notes", "accessed": "2026-01-15", "kind": "research" } ] }
                    """);
                Directory.CreateDirectory(Path.Combine(directory, "facilities", "SLV"));
                var facilityFile = Path.Combine(directory, "facilities", "SLV", "example-prison.json");
                File.WriteAllText(facilityFile, """
                    {
                      "id": "example-prison",
                      "name": "Example Prison (illustration)",
                      "country": "SLV",
                      "claims": [
                        { "metric": "design-capacity", "value": 1200, "unit": "count", "period": "2026-01", "source": "my-site-visit-2026" },
                        { "metric": "wall-height", "value": 7, "unit": "m", "period": "2026-01", "source": "my-site-visit-2026", "note": "Measured at the main gate." }
                      ]
                    }
                    """);

                // Loaded on top of the shipped set: your claims may use its metrics, countries and sources,
                // and every query sees both.
                var data = PolicyReference.LoadDirectory(directory, PolicyReference.Default);
                output.WriteLine($"PolicyRef data {data.DataVersion}: {data.Facilities.Length} facilities");
                output.Write(data.CompareFacilities(new[] { "cecot", "example-prison" }, new[] { MetricIds.DesignCapacity, MetricIds.WallHeight }));
                output.WriteLine();

                // A mistake anywhere and nothing loads: every problem is reported at once, with its place.
                File.WriteAllText(facilityFile, File.ReadAllText(facilityFile).Replace("\"unit\": \"m\"", "\"unit\": \"ft\"").Replace("\"2026-01\"", "\"2026-13\""));
                try
                {
                    PolicyReference.LoadDirectory(directory, PolicyReference.Default);
                }
                catch (PolicyDataException e)
                {
                    output.WriteLine($"{e.Problems.Length} problems:");
                    foreach (var problem in e.Problems)
                    {
                        output.WriteLine($"  {problem}");
                    }
                }
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        // </own-data>

        // <export-csv>
        public static void ExportForRAndPandas(TextWriter output)
        {
            var directory = Directory.CreateTempSubdirectory("policyref-csv-").FullName;
            try
            {
                // Five UTF-8 files with a stable set of columns (see the CSV export page), written whole or not at all.
                CsvExport.Write(PolicyReference.Default, directory);
                foreach (var file in Directory.GetFiles(directory, "*.csv").OrderBy(f => f, StringComparer.Ordinal))
                {
                    var lines = File.ReadAllLines(file);
                    output.WriteLine($"{Path.GetFileName(file)}: {lines.Length - 1} rows; columns {lines[0]}");
                }

                // One claim per row; where sources disagree, every claim is there, each with its source.
                output.WriteLine();
                foreach (var row in File.ReadLines(Path.Combine(directory, "observations.csv"))
                    .Where(line => line.StartsWith("country,SLV,homicide-rate,", StringComparison.Ordinal) && line.Split(',')[5] == "2023"))
                {
                    output.WriteLine(row);
                }
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        // </export-csv>
    }
}
