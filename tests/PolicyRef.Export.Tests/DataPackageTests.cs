using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using Xunit;

namespace PolicyRef.Export.Tests
{
    /// <summary>datapackage.json checked against the files it describes, its keys and required fields checked with DuckDB.</summary>
    public class DataPackageTests
    {
        public static TheoryData<string> Formats => new TheoryData<string>("csv", "parquet");

        [Theory]
        [MemberData(nameof(Formats))]
        public void Every_file_is_described_with_its_columns_in_order_and_its_types(string format)
        {
            var package = Package(format);
            var directory = Directory(format);
            Assert.Equal(
                System.IO.Directory.GetFiles(directory).Select(Path.GetFileName).Where(f => f != DataPackage.FileName && f != ".policyref-export").OrderBy(f => f, StringComparer.Ordinal),
                package["resources"]!.Select(r => (string)r["path"]!).OrderBy(f => f, StringComparer.Ordinal));
            foreach (var resource in package["resources"]!)
            {
                var path = Path.Combine(directory, (string)resource["path"]!).Replace("'", "''", StringComparison.Ordinal);
                var fields = resource["schema"]!["fields"]!.ToList();
                var described = ExportedData.Query($"DESCRIBE SELECT * FROM {Reader(format, path)}");
                Assert.Equal(fields.Select(f => (string)f["name"]!), described.Select(r => (string)r[0]!));
                if (format == "parquet")
                {
                    var types = new Dictionary<string, string> { ["string"] = "VARCHAR", ["number"] = "DOUBLE", ["boolean"] = "BOOLEAN", ["date"] = "DATE" };
                    Assert.Equal(fields.Select(f => types[(string)f["type"]!]), described.Select(r => (string)r[1]!));
                }
            }
        }

        [Theory]
        [MemberData(nameof(Formats))]
        public void Primary_keys_are_unique_foreign_keys_resolve_and_required_fields_are_given(string format)
        {
            var package = Package(format);
            var resources = package["resources"]!.ToDictionary(r => (string)r["name"]!, r => r);
            string Table(string name) => Reader(format, Path.Combine(Directory(format), (string)resources[name]["path"]!).Replace("'", "''", StringComparison.Ordinal));
            foreach (var (name, resource) in resources)
            {
                var schema = resource["schema"]!;
                if (schema["primaryKey"] is JArray key)
                {
                    var columns = string.Join(", ", key.Select(k => $"\"{k}\""));
                    Assert.Empty(ExportedData.Query($"SELECT {columns} FROM {Table(name)} GROUP BY ALL HAVING count(*) > 1"));
                }

                foreach (var foreign in schema["foreignKeys"] ?? new JArray())
                {
                    var target = (string)foreign["reference"]!["resource"]!;
                    var missing = ExportedData.Query($"SELECT DISTINCT a.\"{foreign["fields"]}\" FROM {Table(name)} a ANTI JOIN {Table(target)} b ON a.\"{foreign["fields"]}\" = b.\"{foreign["reference"]!["fields"]}\"");
                    Assert.True(missing.Count == 0, $"{name}.{foreign["fields"]} not in {target}: {string.Join(", ", missing.Select(r => r[0]))}");
                }

                foreach (var field in schema["fields"]!.Where(f => (bool)f["constraints"]!["required"]!))
                {
                    var empty = ExportedData.Query($"SELECT count(*) FROM {Table(name)} WHERE \"{field["name"]}\" IS NULL").Single()[0];
                    Assert.True(Convert.ToInt64(empty, System.Globalization.CultureInfo.InvariantCulture) == 0, $"{name}.{field["name"]} is required but empty in {empty} rows");
                }
            }
        }

        [Theory]
        [MemberData(nameof(Formats))]
        public void The_package_names_the_data_version_its_licence_and_how_to_cite_it(string format)
        {
            var package = Package(format);
            Assert.Equal("tabular-data-package", (string?)package["profile"]);
            Assert.Equal(PolicyReference.Default.DataVersion, (string?)package["version"]);
            Assert.NotEmpty(package["licenses"]!);
            Assert.All(package["licenses"]!, l => Assert.False(string.IsNullOrEmpty((string?)l["name"])));
            Assert.Contains(PolicyReference.Default.DataVersion, (string?)package["citation"], StringComparison.Ordinal);
            Assert.All(package["resources"]!, r => Assert.Equal(format, (string?)r["format"]));
        }

        private static string Directory(string format) => format == "csv" ? ExportedData.CsvDirectory : ExportedData.ParquetDirectory;

        private static JObject Package(string format) => JObject.Parse(File.ReadAllText(Path.Combine(Directory(format), DataPackage.FileName)));

        // Empty CSV fields are missing values, as the package's missingValues says.
        private static string Reader(string format, string path) => format == "csv"
            ? $"read_csv('{path}', header = true, all_varchar = true, quote = '\"', escape = '\"')"
            : $"read_parquet('{path}')";
    }
}
