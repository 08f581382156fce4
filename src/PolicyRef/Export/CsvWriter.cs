using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PolicyRef.Export
{
    /// <summary>Writes RFC 4180 CSV: UTF-8 without BOM, comma-separated, fields quoted only when needed, LF line ends.</summary>
    internal static class CsvWriter
    {
        public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
            ExportDirectory.WriteNew(path, ToText(header, rows));

        /// <summary>The file's text: the header, then each row, every line ended by LF.</summary>
        public static string ToText(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
        {
            var text = new StringBuilder();
            AppendRow(text, header);
            foreach (var row in rows)
            {
                AppendRow(text, row);
            }

            return text.ToString();
        }

        /// <summary>
        /// One field: a cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return, and
        /// not a plain number such as -3.5) gets a leading apostrophe, which spreadsheets show as text; then quoted (with
        /// doubled quotes inside) when it holds a comma, a quote or a line break.
        /// </summary>
        public static string Escape(string? field)
        {
            if (string.IsNullOrEmpty(field))
            {
                return string.Empty;
            }

            var text = StartsLikeFormula(field!) ? "'" + field : field!;
            return text.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
        }

        internal static bool StartsLikeFormula(string field)
        {
            var first = field[0];
            if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r')
            {
                return false;
            }

            return !(first == '-' && IsPlainNumber(field));
        }

        // -12, -0.5: what the export writes for a negative value, which a spreadsheet reads as the number it is.
        private static bool IsPlainNumber(string field)
        {
            var digits = 0;
            var dot = false;
            for (var i = 1; i < field.Length; i++)
            {
                if (field[i] >= '0' && field[i] <= '9')
                {
                    digits++;
                }
                else if (field[i] == '.' && !dot && digits > 0)
                {
                    dot = true;
                }
                else
                {
                    return false;
                }
            }

            return digits > 0 && field[field.Length - 1] != '.';
        }

        private static void AppendRow(StringBuilder text, IReadOnlyList<string?> row) =>
            text.Append(string.Join(",", row.Select(Escape))).Append('\n');
    }
}
