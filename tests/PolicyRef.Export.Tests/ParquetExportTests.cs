using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PolicyRef.Export.Parquet;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Export.Tests
{
    /// <summary>The Parquet export read back by DuckDB: typed columns, the same rows as the CSV export.</summary>
    public class ParquetExportTests
    {
        public static TheoryData<string> Tables => new TheoryData<string>(ExportTables.Of(PolicyReference.Default).Select(t => t.Name));

        [Theory]
        [MemberData(nameof(Tables))]
        public void Each_table_reads_back_with_the_csv_columns_typed(string name)
        {
            var table = ExportTables.Of(PolicyReference.Default).Single(t => t.Name == name);
            var described = ExportedData.Query($"DESCRIBE SELECT * FROM read_parquet('{ExportedData.Parquet(name)}')")
                .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
            Assert.Equal(ParquetExport.ColumnNames(table), described.Keys);
            Assert.Equal(table.Fields.Select(f => f.Name), ExportedData.Columns($"SELECT * FROM read_csv('{ExportedData.Csv(name)}', header = true, all_varchar = true)"));
            foreach (var field in table.Fields)
            {
                var expected = field.Type switch
                {
                    ExportFieldType.Date => "DATE",
                    ExportFieldType.Boolean => "BOOLEAN",
                    ExportFieldType.Value => "DOUBLE",
                    _ => "VARCHAR",
                };
                Assert.True(expected == described[field.Name], $"{name}.{field.Name}: {described[field.Name]}, expected {expected}");
            }
        }

        [Fact]
        public void Observation_columns_keep_their_places_as_columns_are_appended()
        {
            // Contract version 2's eleven columns, then value_text (as the first Parquet export wrote them), then the
            // columns appended since: a reader that goes by position still finds every column where it was.
            var described = ExportedData.Query($"DESCRIBE SELECT * FROM read_parquet('{ExportedData.Parquet("observations")}')").Select(r => (string)r[0]!).ToList();
            var version2 = new[] { "subject_type", "subject_id", "metric", "value", "unit", "period", "source_id", "note", "flags", "definition", "preferred", "value_text" };
            Assert.Equal(version2, described.Take(version2.Length));
            Assert.Equal(new[] { "part", "part_of", "part_label" }, described.Skip(version2.Length));
        }

        [Theory]
        [MemberData(nameof(Tables))]
        public void Each_table_holds_the_csv_rows_in_the_same_order(string name)
        {
            var table = ExportTables.Of(PolicyReference.Default).Single(t => t.Name == name);
            var text = string.Join(", ", table.Fields.Select(f => f.Type switch
            {
                ExportFieldType.Value => $"\"{f.Name}{ParquetExport.TextSuffix}\"",
                ExportFieldType.Date => $"strftime(\"{f.Name}\", '%Y-%m-%d')",
                _ => $"CAST(\"{f.Name}\" AS VARCHAR)",
            }));
            var parquet = ExportedData.Query($"SELECT {text} FROM read_parquet('{ExportedData.Parquet(name)}')");
            var csv = ExportedData.Query($"SELECT * FROM read_csv('{ExportedData.Csv(name)}', header = true, all_varchar = true, quote = '\"', escape = '\"')");
            Assert.Equal(csv.Count, parquet.Count);
            Assert.Equal(table.Rows.Length, parquet.Count);
            for (var i = 0; i < csv.Count; i++)
            {
                Assert.Equal(csv[i], parquet[i]);
            }
        }

        [Fact]
        public void Numeric_values_are_doubles_and_dates_and_categories_keep_their_text()
        {
            var rows = ExportedData.Query($"SELECT metric, value, value_text, unit FROM read_parquet('{ExportedData.Parquet("observations")}')");
            Assert.Equal(PolicyReference.Default.Claims.Count(), rows.Count);
            var numbers = rows.Where(r => r[1] is not null).ToList();
            Assert.InRange(numbers.Count, rows.Count / 2, rows.Count);
            Assert.All(numbers, r => Assert.Equal((double)decimal.Parse((string)r[2]!, CultureInfo.InvariantCulture), (double)r[1]!));
            var others = rows.Where(r => r[1] is null).ToList();
            Assert.NotEmpty(others);
            Assert.All(others, r => Assert.Contains((string)r[3]!, new[] { "date", "category" }));
        }

        [Fact]
        public void Preferred_is_a_boolean_true_at_most_once_per_cell()
        {
            var cells = ExportedData.Query($"SELECT subject_id, metric, period, count(*) FILTER (WHERE preferred) FROM read_parquet('{ExportedData.Parquet("observations")}') GROUP BY ALL HAVING count(*) FILTER (WHERE preferred) > 1");
            Assert.Empty(cells);
            var preferred = ExportedData.Query($"SELECT count(*) FILTER (WHERE preferred), count(*) FROM read_parquet('{ExportedData.Parquet("observations")}')").Single();
            Assert.InRange(Convert.ToInt64(preferred[0], CultureInfo.InvariantCulture), 1, Convert.ToInt64(preferred[1], CultureInfo.InvariantCulture) - 1);
        }

        [Fact]
        public void The_data_version_is_in_the_file_metadata()
        {
            var metadata = ExportedData.Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata('{ExportedData.Parquet("observations")}')")
                .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
            Assert.Equal(PolicyReference.Default.DataVersion, metadata["policyref.data_version"]);
        }

        [Fact]
        public void It_is_written_whole_or_not_at_all_like_the_csv_export()
        {
            var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policyref-parquet-" + Guid.NewGuid().ToString("N"));
            try
            {
                var target = System.IO.Path.Combine(root, "out");
                ParquetExport.Write(PolicyReference.Default, target);
                Assert.Contains("format: parquet", System.IO.File.ReadAllText(System.IO.Path.Combine(target, ".policyref-export")), StringComparison.Ordinal);

                // An earlier Parquet export is replaced as a whole; a CSV export or other files are never overwritten.
                ParquetExport.Write(PolicyReference.Default, target);
                var csv = System.IO.Path.Combine(root, "csv");
                CsvExport.Write(PolicyReference.Default, csv);
                Assert.Throws<ArgumentException>(() => ParquetExport.Write(PolicyReference.Default, csv));
                var other = System.IO.Path.Combine(root, "other");
                System.IO.Directory.CreateDirectory(other);
                System.IO.File.WriteAllText(System.IO.Path.Combine(other, "notes.txt"), "mine");
                Assert.Throws<ArgumentException>(() => ParquetExport.Write(PolicyReference.Default, other));
                Assert.Equal(new[] { "notes.txt" }, System.IO.Directory.GetFiles(other).Select(System.IO.Path.GetFileName));
                Assert.DoesNotContain(System.IO.Directory.GetFileSystemEntries(root), e => System.IO.Path.GetFileName(e).Contains(".partial-", StringComparison.Ordinal));
            }
            finally
            {
                System.IO.Directory.Delete(root, recursive: true);
            }
        }
    }
}
