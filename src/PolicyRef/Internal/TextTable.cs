using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PolicyRef.Internal
{
    /// <summary>Lays out rows of text as aligned columns, with a rule under the header.</summary>
    internal static class TextTable
    {
        // Cells come from data: each is made printable on one line (Export.VisibleText) before it is measured.
        public static string Render(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
        {
            header = header.Select(Export.VisibleText.Escape).ToList();
            rows = rows.Select(r => (IReadOnlyList<string>)r.Select(Export.VisibleText.Escape).ToList()).ToList();
            var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
            var text = new StringBuilder();
            AppendRow(text, header, widths);
            AppendRow(text, widths.Select(w => new string('-', w)).ToList(), widths);
            foreach (var row in rows)
            {
                AppendRow(text, row, widths);
            }

            return text.ToString();
        }

        private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
        {
            var line = string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])));
            text.Append(line.TrimEnd()).Append('\n');
        }
    }
}
