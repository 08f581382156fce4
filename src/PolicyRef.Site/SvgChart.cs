using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PolicyRef.Site
{
    /// <summary>
    /// A small, dependency-free SVG line chart of one metric over time: the preferred figure per period as a line that
    /// breaks where a period has no figure, every other source's figure as a hollow dot (a hollow square for another definition), series breaks as dashed
    /// vertical lines (a change of definition) or ticks on the time axis (a change of publisher) named by their reason and an optional shaded span (a policy in force). Deterministic: same points, same bytes. Points are
    /// labelled in attributes, not text, so that the site's search index holds the page's tables, not the charts' labels.
    /// </summary>
    internal static class SvgChart
    {
        private const double Width = 640;
        private const double Height = 240;
        private const double Left = 64;
        private const double Right = 16;
        private const double Top = 16;
        private const double Bottom = 36;

        /// <summary>The chart as one line of SVG inside a figure element, with a caption.</summary>
        /// <param name="title">What the chart shows, for the accessible title.</param>
        /// <param name="caption">The caption under the chart.</param>
        /// <param name="preferred">The preferred figures, in time order.</param>
        /// <param name="others">Other sources' figures.</param>
        /// <param name="maxGap">The largest distance in years between two preferred points still joined by a line.</param>
        /// <param name="breaks">Where the series breaks (a change of publisher or definition), in years, with the reason.</param>
        /// <param name="span">A shaded span, such as a policy's time in force, in years; null for none.</param>
        public static string Render(string title, string caption, IReadOnlyList<ChartPoint> preferred, IReadOnlyList<ChartPoint> others, double maxGap, IReadOnlyList<ChartBreak> breaks, (double From, double To, string Label)? span)
        {
            var all = preferred.Concat(others).ToList();
            if (all.Count == 0)
            {
                throw new ArgumentException("a chart needs at least one point", nameof(preferred));
            }

            var minX = Math.Floor(all.Min(p => p.X));
            var maxX = Math.Ceiling(all.Max(p => p.X));
            if (maxX - minX < 2)
            {
                minX -= 1;
                maxX += 1;
            }

            var minY = Math.Min(0, all.Min(p => p.Y));
            var maxY = NiceCeiling(all.Max(p => p.Y));
            if (maxY <= minY)
            {
                maxY = minY + 1;
            }

            double X(double x) => Left + ((x - minX) / (maxX - minX) * (Width - Left - Right));
            double Y(double y) => Height - Bottom - ((y - minY) / (maxY - minY) * (Height - Top - Bottom));

            var svg = new StringBuilder();
            svg.Append("<figure class=\"reference-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .Append(Markup.Coordinate(Width)).Append(' ').Append(Markup.Coordinate(Height))
                .Append("\" width=\"100%\" style=\"max-width:640px\" font-family=\"sans-serif\" font-size=\"11\"><title>").Append(Markup.Html(title)).Append("</title>");

            if (span is { } s)
            {
                var from = X(Math.Max(minX, s.From));
                var to = X(Math.Min(maxX, s.To));
                if (to > from)
                {
                    svg.Append("<rect class=\"span\" x=\"").Append(Markup.Coordinate(from)).Append("\" y=\"").Append(Markup.Coordinate(Top))
                        .Append("\" width=\"").Append(Markup.Coordinate(to - from)).Append("\" height=\"").Append(Markup.Coordinate(Height - Top - Bottom))
                        .Append("\" fill=\"#f0ad4e\" fill-opacity=\"0.18\"><title>").Append(Markup.Html(s.Label)).Append("</title></rect>");
                }
            }

            // Axes and grid: four value steps, year ticks at a step that keeps labels apart.
            for (var i = 0; i <= 4; i++)
            {
                var value = minY + ((maxY - minY) * i / 4);
                var y = Y(value);
                svg.Append("<line x1=\"").Append(Markup.Coordinate(Left)).Append("\" x2=\"").Append(Markup.Coordinate(Width - Right)).Append("\" y1=\"").Append(Markup.Coordinate(y)).Append("\" y2=\"").Append(Markup.Coordinate(y))
                    .Append("\" stroke=\"#ddd\"/><text x=\"").Append(Markup.Coordinate(Left - 6)).Append("\" y=\"").Append(Markup.Coordinate(y + 4)).Append("\" text-anchor=\"end\" fill=\"#555\">")
                    .Append(Markup.Html(AxisNumber(value))).Append("</text>");
            }

            var years = (int)(maxX - minX);
            var step = years <= 12 ? 1 : years <= 24 ? 2 : years <= 60 ? 5 : 10;
            for (var year = (int)minX; year <= (int)maxX; year++)
            {
                if (year % step != 0)
                {
                    continue;
                }

                var x = X(year);
                svg.Append("<line x1=\"").Append(Markup.Coordinate(x)).Append("\" x2=\"").Append(Markup.Coordinate(x)).Append("\" y1=\"").Append(Markup.Coordinate(Height - Bottom)).Append("\" y2=\"").Append(Markup.Coordinate(Height - Bottom + 4))
                    .Append("\" stroke=\"#888\"/><text x=\"").Append(Markup.Coordinate(x)).Append("\" y=\"").Append(Markup.Coordinate(Height - Bottom + 16)).Append("\" text-anchor=\"middle\" fill=\"#555\">")
                    .Append(Markup.Integer(year)).Append("</text>");
            }

            svg.Append("<line x1=\"").Append(Markup.Coordinate(Left)).Append("\" x2=\"").Append(Markup.Coordinate(Width - Right)).Append("\" y1=\"").Append(Markup.Coordinate(Height - Bottom)).Append("\" y2=\"").Append(Markup.Coordinate(Height - Bottom)).Append("\" stroke=\"#888\"/>");

            // A change of definition crosses the whole plot; a change of publisher (frequent in series pieced together
            // from press reports) is a short tick on the time axis, so that many of them leave the chart readable.
            foreach (var b in breaks.Where(b => b.At >= minX && b.At <= maxX))
            {
                var x = Markup.Coordinate(X(b.At));
                svg.Append("<line class=\"break ").Append(b.DefinitionChanges ? "break-definition" : "break-publisher").Append("\" x1=\"").Append(x).Append("\" x2=\"").Append(x)
                    .Append("\" y1=\"").Append(Markup.Coordinate(b.DefinitionChanges ? Top : Height - Bottom - 12)).Append("\" y2=\"").Append(Markup.Coordinate(Height - Bottom))
                    .Append(b.DefinitionChanges ? "\" stroke=\"#a33\" stroke-dasharray=\"4 3\"" : "\" stroke=\"#a33\" stroke-width=\"2\"")
                    .Append(" aria-label=\"series break: ").Append(Markup.Html(b.Reason)).Append("\"><title>series break: ").Append(Markup.Html(b.Reason)).Append("</title></line>");
            }

            // The preferred line is drawn in runs; a gap longer than maxGap leaves the line open, so a missing period is never bridged.
            foreach (var run in Runs(preferred, maxGap))
            {
                if (run.Count < 2)
                {
                    continue;
                }

                svg.Append("<path class=\"preferred\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" d=\"");
                for (var i = 0; i < run.Count; i++)
                {
                    svg.Append(i == 0 ? "M" : " L").Append(Markup.Coordinate(X(run[i].X))).Append(' ').Append(Markup.Coordinate(Y(run[i].Y)));
                }

                svg.Append("\"/>");
            }

            foreach (var p in others)
            {
                svg.Append(p.OtherDefinition
                        ? "<rect class=\"variant\" x=\"" + Markup.Coordinate(X(p.X) - 3.5) + "\" y=\"" + Markup.Coordinate(Y(p.Y) - 3.5) + "\" width=\"7\" height=\"7\" fill=\"#fff\" stroke=\"#7d3c98\" stroke-width=\"1.5\""
                        : "<circle class=\"other\" cx=\"" + Markup.Coordinate(X(p.X)) + "\" cy=\"" + Markup.Coordinate(Y(p.Y)) + "\" r=\"3.5\" fill=\"#fff\" stroke=\"#c0392b\" stroke-width=\"1.5\"")
                    .Append(" aria-label=\"").Append(Markup.Html(p.Label)).Append("\"/>");
            }

            foreach (var p in preferred)
            {
                svg.Append("<circle class=\"point\" cx=\"").Append(Markup.Coordinate(X(p.X))).Append("\" cy=\"").Append(Markup.Coordinate(Y(p.Y)))
                    .Append("\" r=\"3\" fill=\"#1f5fa8\" aria-label=\"").Append(Markup.Html(p.Label)).Append("\"/>");
            }

            svg.Append("</svg><figcaption>").Append(Markup.Html(caption)).Append("</figcaption></figure>");
            return svg.ToString();
        }

        private static IEnumerable<List<ChartPoint>> Runs(IReadOnlyList<ChartPoint> points, double maxGap)
        {
            var run = new List<ChartPoint>();
            foreach (var p in points)
            {
                if (run.Count > 0 && p.X - run[^1].X > maxGap)
                {
                    yield return run;
                    run = new List<ChartPoint>();
                }

                run.Add(p);
            }

            if (run.Count > 0)
            {
                yield return run;
            }
        }

        private static double NiceCeiling(double value)
        {
            if (value <= 0)
            {
                return 1;
            }

            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
            foreach (var step in new[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 })
            {
                if (step * magnitude >= value)
                {
                    return step * magnitude;
                }
            }

            return 10 * magnitude;
        }

        private static string AxisNumber(double value) =>
            Math.Abs(value) >= 1_000_000 ? (value / 1_000_000).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "M"
            : Math.Abs(value) >= 10_000 ? (value / 1_000).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "k"
            : value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
    }
}
