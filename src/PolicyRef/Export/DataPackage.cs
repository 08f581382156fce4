using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyRef.Export
{
    /// <summary>
    /// The Frictionless Data Package (<c>datapackage.json</c>) that describes the export: every table with its typed
    /// fields, primary and foreign keys, the licence, the data version and how to cite it.
    /// </summary>
    public static class DataPackage
    {
        /// <summary>The file name.</summary>
        public const string FileName = "datapackage.json";

        /// <summary>The descriptor of the export in the given format.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="format">CSV or Parquet.</param>
        /// <returns>The JSON text.</returns>
        public static string ToJson(PolicyReference reference, ExportFormat format)
        {
            if (reference is null)
            {
                throw new ArgumentNullException(nameof(reference));
            }

            var package = new JObject
            {
                ["profile"] = "tabular-data-package",
                ["name"] = "policyref",
                ["title"] = "PolicyRef: a comparative prison-policy reference",
                ["description"] = "Countries' incarceration and homicide figures, prison facilities and policies, every figure a claim with its source; where sources disagree every claim is kept, and the default preference rule's choice is marked (observations.preferred). Export contract version 2 (docs/export.md).",
                ["version"] = reference.DataVersion,
                ["licenses"] = new JArray(new JObject
                {
                    ["name"] = "MIT",
                    ["path"] = "https://opensource.org/licenses/MIT",
                    ["title"] = "MIT License, for the PolicyRef compilation; each figure's own source's terms apply to that figure (sources.csv)",
                }),
                ["contributors"] = new JArray(new JObject { ["title"] = "PolicyRef contributors", ["role"] = "author" }),
                ["citation"] = $"PolicyRef contributors. PolicyRef: a comparative prison-policy reference, data version {reference.DataVersion}. Cite the original source of every figure you use as well (observations.source_id, sources.csv).",
                ["keywords"] = new JArray("prison", "incarceration", "criminal justice", "homicide", "provenance"),
                ["resources"] = new JArray(ExportTables.Of(reference).Select(t => Resource(t, format))),
            };
            return package.ToString(Formatting.Indented) + "\n";
        }

        /// <summary>Writes <c>datapackage.json</c> into <paramref name="directory"/>.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The export directory.</param>
        /// <param name="format">CSV or Parquet.</param>
        public static void Write(PolicyReference reference, string directory, ExportFormat format)
        {
            if (directory is null)
            {
                throw new ArgumentNullException(nameof(directory));
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, FileName), ToJson(reference, format), new UTF8Encoding(false));
        }

        private static JObject Resource(ExportTable table, ExportFormat format)
        {
            var csv = format == ExportFormat.Csv;
            // Parquet's text columns come before the columns appended since contract version 2, as the Parquet files have them.
            var fields = new JArray(table.Fields.Where(f => csv || !f.Appended).Select(f => Field(f, csv)));
            if (!csv)
            {
                foreach (var value in table.Fields.Where(f => f.Type == ExportFieldType.Value))
                {
                    fields.Add(new JObject
                    {
                        ["name"] = value.Name + "_text",
                        ["type"] = "string",
                        ["description"] = $"The {value.Name} as written in the data files (numbers, dates and category ids alike).",
                        ["constraints"] = new JObject { ["required"] = value.Required },
                    });
                }

                foreach (var appended in table.Fields.Where(f => f.Appended))
                {
                    fields.Add(Field(appended, csv));
                }
            }

            var schema = new JObject { ["fields"] = fields, ["missingValues"] = new JArray(string.Empty) };
            if (!table.PrimaryKey.IsEmpty)
            {
                schema["primaryKey"] = new JArray(table.PrimaryKey);
            }

            var keys = ForeignKeys(table.Name).ToList();
            if (keys.Count > 0)
            {
                schema["foreignKeys"] = new JArray(keys.Select(k => new JObject
                {
                    ["fields"] = k.Field,
                    ["reference"] = new JObject { ["resource"] = k.Resource, ["fields"] = k.ReferencedField },
                }));
            }

            var resource = new JObject
            {
                ["name"] = table.Name,
                ["path"] = table.Name + (csv ? ".csv" : ".parquet"),
                ["profile"] = "tabular-data-resource",
                ["description"] = table.Description,
                ["format"] = csv ? "csv" : "parquet",
                ["mediatype"] = csv ? "text/csv" : "application/vnd.apache.parquet",
            };
            if (csv)
            {
                resource["encoding"] = "utf-8";
                resource["dialect"] = new JObject { ["delimiter"] = ",", ["doubleQuote"] = true, ["header"] = true, ["lineTerminator"] = "\n" };
            }

            resource["schema"] = schema;
            return resource;
        }

        private static JObject Field(ExportField field, bool csv)
        {
            var json = new JObject { ["name"] = field.Name };
            switch (field.Type)
            {
                case ExportFieldType.Date:
                    json["type"] = "date";
                    json["format"] = "default";
                    break;
                case ExportFieldType.Boolean:
                    json["type"] = "boolean";
                    if (csv)
                    {
                        json["trueValues"] = new JArray("true");
                        json["falseValues"] = new JArray("false");
                    }

                    break;
                case ExportFieldType.Value:
                    // CSV keeps the value as written (numbers, dates and category ids in one column); Parquet types it.
                    json["type"] = csv ? "string" : "number";
                    break;
                default:
                    json["type"] = "string";
                    break;
            }

            json["description"] = field.Type == ExportFieldType.Value && !csv
                ? "The numeric value as a double; empty for date and category values (see " + field.Name + "_text)."
                : field.Description;
            json["constraints"] = new JObject { ["required"] = field.Required && (csv || field.Type != ExportFieldType.Value) };
            return json;
        }

        private static IEnumerable<(string Field, string Resource, string ReferencedField)> ForeignKeys(string table) => table switch
        {
            "observations" => new[] { ("source_id", "sources", "source_id") },
            "facilities" => new[] { ("country", "countries", "country_id") },
            "policies" => new[] { ("country", "countries", "country_id") },
            _ => Array.Empty<(string, string, string)>(),
        };
    }
}
