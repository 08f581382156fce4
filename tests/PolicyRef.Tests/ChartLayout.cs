using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace PolicyRef.Tests
{
    /// <summary>
    /// The boxes of a chart's SVG: each text's outline (from its glyph positions, font size and transform, turned with it)
    /// and the data drawn (bars and markers), so that a test can find text over text or over data.
    /// </summary>
    internal sealed class ChartLayout
    {
        private static readonly Regex TextElement = new Regex("<text transform=\"(?<t>[^\"]+)\" font-size=\"(?<fs>[0-9.]+)\"[^>]* x=\"(?<x>[^\"]+)\" y=\"(?<y>[^\"]+)\">(?<s>[^<]*)", RegexOptions.CultureInvariant);
        private static readonly Regex Rect = new Regex("<rect fill=\"(?<fill>[^\"]+)\" x=\"(?<x>[-0-9.]+)\" y=\"(?<y>[-0-9.]+)\" width=\"(?<w>[0-9.]+)\" height=\"(?<h>[0-9.]+)\"", RegexOptions.CultureInvariant);
        private static readonly Regex Ellipse = new Regex("<ellipse[^>]* cx=\"(?<x>[-0-9.]+)\" cy=\"(?<y>[-0-9.]+)\" rx=\"(?<rx>[0-9.]+)\" ry=\"(?<ry>[0-9.]+)\"", RegexOptions.CultureInvariant);

        private ChartLayout(List<(string Text, (double X, double Y)[] Corners)> texts, List<(string What, (double X, double Y)[] Corners)> data)
        {
            Texts = texts;
            Data = data;
        }

        public IReadOnlyList<(string Text, (double X, double Y)[] Corners)> Texts { get; }

        public IReadOnlyList<(string What, (double X, double Y)[] Corners)> Data { get; }

        /// <summary>One layout per plot: a file of two plots side by side holds them as nested svg elements.</summary>
        public static IEnumerable<ChartLayout> Read(string svg)
        {
            var panels = svg.Split("<svg ").Skip(1).ToList();
            return (panels.Count > 1 ? panels.Skip(1) : panels).Select(Parse);
        }

        /// <summary>Every pair of texts that overlap, and every text over a bar or a marker.</summary>
        public IEnumerable<string> Overlaps()
        {
            for (var i = 0; i < Texts.Count; i++)
            {
                for (var j = i + 1; j < Texts.Count; j++)
                {
                    if (Intersect(Texts[i].Corners, Texts[j].Corners))
                    {
                        yield return $"'{Texts[i].Text}' overlaps '{Texts[j].Text}'";
                    }
                }

                foreach (var (what, corners) in Data)
                {
                    if (Intersect(Texts[i].Corners, corners))
                    {
                        yield return $"'{Texts[i].Text}' covers {what}";
                    }
                }
            }
        }

        private static ChartLayout Parse(string svg)
        {
            var texts = new List<(string, (double, double)[])>();
            foreach (Match m in TextElement.Matches(svg))
            {
                var size = Number(m.Groups["fs"].Value);
                var xs = m.Groups["x"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number).ToArray();
                var baseline = Number(m.Groups["y"].Value.Split(',')[0]);
                var text = System.Net.WebUtility.HtmlDecode(m.Groups["s"].Value).Trim();
                if (xs.Length == 0 || text.Trim().Length == 0)
                {
                    continue;
                }

                // A glyph box: from the first glyph's origin to the last glyph's advance, from the ascent to the descent;
                // a pixel less on each side, so that text that only touches is not counted.
                var left = xs[0] + 1;
                var right = xs[^1] + (0.6 * size) - 1;
                var top = baseline - (0.72 * size) + 1;
                var bottom = baseline + (0.2 * size) - 1;
                var matrix = Transform(m.Groups["t"].Value);
                texts.Add((text, new[] { (left, top), (right, top), (right, bottom), (left, bottom) }.Select(p => Apply(matrix, p)).ToArray()));
            }

            var data = new List<(string, (double, double)[])>();
            var rects = Rect.Matches(svg).Cast<Match>().Select(m => (Fill: m.Groups["fill"].Value, X: Number(m.Groups["x"].Value), Y: Number(m.Groups["y"].Value), W: Number(m.Groups["w"].Value), H: Number(m.Groups["h"].Value)));
            foreach (var r in rects.Where(r => r.W < 400 && r.H > 0.5))
            {
                // A frame that holds text (a legend's box) is not data.
                var corners = new[] { (r.X, r.Y), (r.X + r.W, r.Y), (r.X + r.W, r.Y + r.H), (r.X, r.Y + r.H) };
                if (!texts.Any(t => t.Item2.All(p => p.Item1 >= r.X && p.Item1 <= r.X + r.W && p.Item2 >= r.Y && p.Item2 <= r.Y + r.H)))
                {
                    data.Add(($"a bar at x {r.X:0}", corners));
                }
            }

            foreach (Match m in Ellipse.Matches(svg))
            {
                double x = Number(m.Groups["x"].Value), y = Number(m.Groups["y"].Value), rx = Number(m.Groups["rx"].Value), ry = Number(m.Groups["ry"].Value);
                data.Add(($"a point at ({x:0}, {y:0})", new[] { (x - rx, y - ry), (x + rx, y - ry), (x + rx, y + ry), (x - rx, y + ry) }));
            }

            return new ChartLayout(texts, data);
        }

        private static double[] Transform(string transform)
        {
            var numbers = Regex.Matches(transform, "-?[0-9.]+(?:e-?[0-9]+)?").Select(m => Number(m.Value)).ToArray();
            return transform.StartsWith("matrix", StringComparison.Ordinal)
                ? numbers
                : new[] { 1d, 0, 0, 1, numbers[0], numbers.Length > 1 ? numbers[1] : 0 };
        }

        private static (double X, double Y) Apply(double[] m, (double X, double Y) p) => ((m[0] * p.X) + (m[2] * p.Y) + m[4], (m[1] * p.X) + (m[3] * p.Y) + m[5]);

        /// <summary>Two convex quadrilaterals intersect unless one of their edges' normals separates them.</summary>
        private static bool Intersect((double X, double Y)[] a, (double X, double Y)[] b)
        {
            foreach (var polygon in new[] { a, b })
            {
                for (var i = 0; i < polygon.Length; i++)
                {
                    var next = polygon[(i + 1) % polygon.Length];
                    var normal = (X: next.Y - polygon[i].Y, Y: polygon[i].X - next.X);
                    var projectedA = a.Select(p => (normal.X * p.X) + (normal.Y * p.Y)).ToArray();
                    var projectedB = b.Select(p => (normal.X * p.X) + (normal.Y * p.Y)).ToArray();
                    if (projectedA.Max() <= projectedB.Min() || projectedB.Max() <= projectedA.Min())
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static double Number(string text) => double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
