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

        /// <summary>A JSON value without reflection, so that the tool also runs compiled ahead of time.</summary>
        private static JValue Json(object value) => value switch
        {
            string s => new JValue(s),
            decimal d => new JValue(d),
            double d => new JValue(d),
            int i => new JValue(i),
            long l => new JValue(l),
            bool b => new JValue(b),
            _ => new JValue(Text(value)),
        };

        private static string Text(object? value) => value switch
        {
            null => string.Empty,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        private static string Csv(string field) => PolicyRef.Export.CsvExport.EscapeField(field);
    }
}
