using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace PolicyRef.Cli
{
    /// <summary>Rows with named columns, written as CSV, JSON or a Markdown table for scripts and documents.</summary>
    internal sealed class Tabular
    {
        public Tabular(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
        {
            Columns = columns;
            Rows = rows.ToList();
        }

        public IReadOnlyList<string> Columns { get; }

        public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

        public void Write(TextWriter output, string format)
        {
            switch (format)
            {
                case "csv":
                    output.Write(string.Join(",", Columns.Select(Csv)) + "\n");
                    foreach (var row in Rows)
                    {
                        output.Write(string.Join(",", row.Select(v => Csv(Text(v)))) + "\n");
                    }

                    break;
                case "json":
                    var array = new JArray(Rows.Select(row => new JObject(Columns.Select((c, i) => new JProperty(c, row[i] is null ? JValue.CreateNull() : Json(row[i]!))))));
                    output.Write(array.ToString(Newtonsoft.Json.Formatting.Indented) + "\n");
                    break;
                default:
                    output.Write("| " + string.Join(" | ", Columns) + " |\n|" + string.Concat(Columns.Select(_ => "---|")) + "\n");
                    foreach (var row in Rows)
                    {
                        output.Write("| " + string.Join(" | ", row.Select(v => PolicyRef.Export.VisibleText.Escape(Text(v)).Replace("|", "\\|"))) + " |\n");
                    }

                    break;
            }
        }

        /// <summary>A JSON value without reflection, so that the tool also runs compiled ahead of time; numbers stay numbers, lists become arrays.</summary>
        private static JToken Json(object value) => value switch
        {
            string s => new JValue(s),
            IReadOnlyList<string> list => new JArray(list.Select(x => new JValue(x))),
            decimal d => new JValue(Normalized(d)),
            double d => new JValue(d),
            int i => new JValue(i),
            long l => new JValue(l),
            bool b => new JValue(b),
            _ => new JValue(Text(value)),
        };

        /// <summary>A field as CSV and Markdown write it: numbers in full, invariant culture; lists separated by semicolons; true and false in lower case.</summary>
        private static string Text(object? value) => value switch
        {
            null => string.Empty,
            string s => s,
            IReadOnlyList<string> list => string.Join(";", list),
            decimal d => Normalized(d).ToString(CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            _ => value.ToString() ?? string.Empty,
        };

        // Every digit a decimal holds, without the trailing zeros its scale carries (116.996820 is 116.99682).
        private static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;

        private static string Csv(string field) => PolicyRef.Export.CsvExport.EscapeField(field);
    }
}
