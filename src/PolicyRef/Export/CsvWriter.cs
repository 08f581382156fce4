using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PolicyRef.Export
{
    /// <summary>Writes RFC 4180 CSV: UTF-8 without BOM, comma-separated, fields quoted only when needed, LF line ends.</summary>
    internal static class CsvWriter
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

        public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
        {
            var text = new StringBuilder();
            AppendRow(text, header);
            foreach (var row in rows)
            {
                AppendRow(text, row);
            }

            File.WriteAllText(path, text.ToString(), Utf8NoBom);
        }

        public static string Escape(string? field)
        {
            if (string.IsNullOrEmpty(field))
            {
                return string.Empty;
            }

            return field!.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
        }

        private static void AppendRow(StringBuilder text, IReadOnlyList<string?> row) =>
            text.Append(string.Join(",", row.Select(Escape))).Append('\n');
    }
}
