using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Export.Tests
{
    /// <summary>docs/export.md's DuckDB query, run on a fresh Parquet export: it runs, prints what the page shows, and agrees with the library.</summary>
    public class DocsQueryTests
    {
        private const string Marker = "<!-- duckdb-pivot -->";

        [Fact]
        public void The_duckdb_pivot_of_docs_export_runs_and_prints_the_output_the_page_shows()
        {
            var (sql, shown) = Blocks();
            var now = Format(Run(sql));
            Assert.True(shown == now, "docs/export.md shows other output than its DuckDB query prints now; replace the text block under the query with:\n" + now);
        }

        [Fact]
        public void The_pivot_gives_each_country_and_year_the_value_the_series_query_prefers()
        {
            var (sql, _) = Blocks();
            var (columns, rows) = Run(sql);
            Assert.NotEmpty(rows);
            var reference = PolicyReference.Default;
            foreach (var row in rows)
            {
                var country = reference.Countries.Single(c => c.Name == (string)row[0]!);
                var series = reference.Series(country, MetricIds.HomicideRate).Points.ToDictionary(p => p.Period.Start.Year);
                for (var i = 1; i < columns.Count; i++)
                {
                    var year = int.Parse(columns[i], CultureInfo.InvariantCulture);
                    if (row[i] is double value)
                    {
                        Assert.True(series.ContainsKey(year), $"{country.Id} {year}: the pivot has {value}, the series nothing");
                        Assert.Equal((double)series[year].Value, value);
                    }
                    else
                    {
                        Assert.False(series.TryGetValue(year, out var point) && point.Claim?.Period.Precision == PeriodPrecision.Year, $"{country.Id} {year}: the series has a yearly figure the pivot misses");
                    }
                }
            }
        }

        private static (string Sql, string Shown) Blocks()
        {
            var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "export.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
            var at = page.IndexOf(Marker, StringComparison.Ordinal);
            Assert.True(at >= 0, "docs/export.md has no " + Marker + " query");
            var blocks = Regex.Matches(page.Substring(at), "```(\\w+)\\n(.*?)```", RegexOptions.Singleline);
            Assert.True(blocks.Count >= 2 && blocks[0].Groups[1].Value == "sql" && blocks[1].Groups[1].Value == "text", "docs/export.md: the marker must be followed by an sql block and a text block with its output");
            return (blocks[0].Groups[2].Value, blocks[1].Groups[2].Value);
        }

        private static (List<string> Columns, List<object?[]> Rows) Run(string sql)
        {
            // The page reads the export from policyref-export/; the test from its own fresh export.
            var runnable = sql.Replace("policyref-export/", ExportedData.ParquetDirectory.Replace("'", "''", StringComparison.Ordinal) + "/", StringComparison.Ordinal);
            return (ExportedData.Columns(runnable), ExportedData.Query(runnable));
        }

        private static string Format((List<string> Columns, List<object?[]> Rows) result)
        {
            var cells = new[] { result.Columns.ToArray() }.Concat(result.Rows.Select(r => r.Select(Text).ToArray())).ToList();
            var widths = Enumerable.Range(0, result.Columns.Count).Select(i => cells.Max(r => r[i].Length)).ToArray();
            return string.Concat(cells.Select(r => string.Join("  ", r.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd() + "\n"));
        }

        private static string Text(object? value) => value switch
        {
            null => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
    }
}
