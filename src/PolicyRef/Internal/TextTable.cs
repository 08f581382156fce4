using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PolicyRef.Internal
{
    /// <summary>Lays out rows of text as aligned columns, with a rule under the header; wide cells wrap to fit a width.</summary>
    internal static class TextTable
    {
        /// <summary>The width a terminal shows without wrapping lines of its own.</summary>
        public const int TerminalWidth = 100;

        // A column is never narrowed below this, so that wrapping never breaks a table into single letters.
        private const int NarrowestWrappedColumn = 10;

        public static string Render(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) => Render(header, rows, int.MaxValue);

        /// <summary>The table, its widest columns' cells wrapped at spaces until every line fits <paramref name="width"/> where it can.</summary>
        // Cells come from data: each is made printable on one line (Export.VisibleText) before it is measured.
        public static string Render(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, int width)
        {
            header = header.Select(Export.VisibleText.Escape).ToList();
            rows = rows.Select(r => (IReadOnlyList<string>)r.Select(Export.VisibleText.Escape).ToList()).ToList();
            var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();

            // A column narrows no further than a floor; headers wrap like cells, and a word longer than its column breaks after a hyphen.
            var floors = widths.Select(w => Math.Min(w, NarrowestWrappedColumn)).ToArray();
            while (widths.Sum() + (2 * (widths.Length - 1)) > width)
            {
                // One character at a time from the widest column that can still give one.
                var widest = -1;
                for (var i = 0; i < widths.Length; i++)
                {
                    if (widths[i] > floors[i] && (widest < 0 || widths[i] > widths[widest]))
                    {
                        widest = i;
                    }
                }

                if (widest < 0)
                {
                    break;
                }

                widths[widest]--;
            }

            var text = new StringBuilder();
            AppendRow(text, header, widths);
            AppendRow(text, widths.Select(w => new string('-', w)).ToList(), widths);
            foreach (var row in rows)
            {
                AppendRow(text, row, widths);
            }

            return text.ToString();
        }

        /// <summary>
        /// Text whose lines longer than <paramref name="width"/> (notes, footnotes) are broken at spaces, each continuation
        /// indented under the line's text; lines that fit, and tables laid out to fit, are left as they are.
        /// </summary>
        public static string WrapLines(string text, int width)
        {
            if (width == int.MaxValue)
            {
                return text;
            }

            var wrapped = new StringBuilder(text.Length);
            foreach (var line in text.Split('\n'))
            {
                if (line.Length <= width)
                {
                    wrapped.Append(line).Append('\n');
                    continue;
                }

                var indent = new string(' ', Math.Min(width / 3, line.Length - line.TrimStart().Length + 4));
                var lines = Wrap(line.TrimStart(), width - indent.Length);
                wrapped.Append(line.Substring(0, line.Length - line.TrimStart().Length)).Append(lines[0]).Append('\n');
                foreach (var rest in lines.Skip(1))
                {
                    wrapped.Append(indent).Append(rest).Append('\n');
                }
            }

            return wrapped.ToString(0, wrapped.Length - 1);
        }

        private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
        {
            var wrapped = cells.Select((c, i) => Wrap(c, widths[i])).ToList();
            var lines = wrapped.Max(w => w.Count);
            for (var line = 0; line < lines; line++)
            {
                var joined = string.Join("  ", wrapped.Select((w, i) => (line < w.Count ? w[line] : string.Empty).PadRight(widths[i])));
                text.Append(joined.TrimEnd()).Append('\n');
            }
        }

        /// <summary>A cell's lines: whole when it fits, else broken at spaces, and a word longer than the width after a hyphen or slash.</summary>
        private static List<string> Wrap(string cell, int width)
        {
            var lines = new List<string>();
            if (cell.Length <= width)
            {
                lines.Add(cell);
                return lines;
            }

            var current = new StringBuilder();
            foreach (var whole in cell.Split(' '))
            {
                var word = whole;
                while (word.Length > width)
                {
                    if (current.Length > 0)
                    {
                        lines.Add(current.ToString());
                        current.Clear();
                    }

                    var cut = word.LastIndexOfAny(new[] { '-', '/' }, width - 1);
                    var take = cut > 0 ? cut + 1 : width;
                    lines.Add(word.Substring(0, take));
                    word = word.Substring(take);
                }

                if (current.Length > 0 && current.Length + 1 + word.Length > width)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }

                current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
            }

            lines.Add(current.ToString());
            return lines;
        }
    }
}
