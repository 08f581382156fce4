using System;
using System.Collections.Generic;
using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;
using ScottPlot;

namespace PolicyRef.Charts
{
    /// <summary>
    /// Bars that say what their figures are: each labelled with its value and qualifier (≤, ≥, est., planned); an upper
    /// bound drawn as an outline only (the figure is at most this), a lower bound with an open whisker
    /// above (at least this), an estimate or a planned value hatched; long category labels wrapped and, when many, rotated.
    /// </summary>
    internal static class ChartBars
    {
        private const int WrapAt = 18;

        public static void Draw(Plot plot, IReadOnlyList<(string Label, Claim Claim)> items)
        {
            var color = new ScottPlot.Palettes.Category10().GetColor(0);
            var top = items.Count == 0 ? 1d : (double)items.Max(i => i.Claim.Value.Number);
            var many = items.Count > 8;
            var bars = items.Select((item, index) => Bar(item.Claim, index, color, top, many)).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontSize = many ? 10 : 12;
            plottable.ValueLabelStyle.FontName = ChartFont.Name;

            var labels = items.Select(i => Wrap(i.Label)).ToArray();
            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, items.Count).Select(i => (double)i).ToArray(), labels);
            var longest = labels.Length == 0 ? 0 : labels.SelectMany(l => l.Split('\n')).Max(l => l.Length);

            // 960 px hold about 110 characters of tick labels side by side; past that, labels turn and stand on their end.
            if (items.Count * (longest + 2) > 110)
            {
                plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.UpperRight;
                // Room for the turned labels (about 6 px a character once turned) and the two-line caption under them.
                plot.Axes.Bottom.MinimumSize = (float)Math.Min(300, 70 + (longest * 6.2));
            }

            // Room above the tallest bar for its value label and a lower bound's whisker.
            plot.Axes.SetLimitsY(0, top * 1.22);
            plot.Axes.SetLimitsX(-0.6, items.Count - 0.4);
        }

        private static Bar Bar(Claim claim, int position, Color color, double top, bool many)
        {
            var value = (double)claim.Value.Number;
            var bar = new Bar
            {
                Position = position,
                Value = value,
                FillColor = color,
                LineColor = color.Darken(0.3),
                LineWidth = 1,
                Label = many ? Compact(claim) : ClaimFormatter.FormatValue(claim) + Qualifier(claim),
            };

            if (claim.Has(ClaimFlags.UpperBound))
            {
                // At most this: the bar is an outline only, so it does not read as a measured figure.
                bar.FillColor = Colors.White;
                bar.LineWidth = 2.5f;
            }
            else if (claim.Has(ClaimFlags.LowerBound))
            {
                // At least this: a whisker above the bar with no cap shows the figure may be higher.
                bar.Error = top * 0.1;
                bar.ErrorPositive = true;
                bar.ErrorNegative = false;
                bar.ErrorSize = 0;
            }

            if (claim.Has(ClaimFlags.Estimate) || claim.Has(ClaimFlags.Planned))
            {
                bar.FillColor = color.WithAlpha(0.35);
                bar.FillHatch = new ScottPlot.Hatches.Striped();
                bar.FillHatchColor = color;
            }

            return bar;
        }

        /// <summary>A value narrow enough for one of many bars: whole numbers (the axis gives the unit), the qualifier marks kept.</summary>
        private static string Compact(Claim claim)
        {
            var number = claim.Value.Number;
            var shown = ClaimFormatter.FormatNumber(Math.Abs(number) >= 100 ? Math.Round(number) : Math.Round(number, 1));
            var prefix = claim.Has(ClaimFlags.LowerBound) ? "≥" : claim.Has(ClaimFlags.UpperBound) ? "≤" : claim.Has(ClaimFlags.Approximate) ? "~" : string.Empty;
            var suffix = claim.Has(ClaimFlags.Planned) ? " plan." : claim.Has(ClaimFlags.Estimate) ? " est." : string.Empty;
            return prefix + shown + suffix;
        }

        private static string Qualifier(Claim claim) =>
            claim.Has(ClaimFlags.UpperBound) ? " (upper bound)" : claim.Has(ClaimFlags.LowerBound) ? " (lower bound)" : string.Empty;

        /// <summary>A label broken at spaces into lines of about <see cref="WrapAt"/> characters, its own lines kept.</summary>
        private static string Wrap(string label) =>
            string.Join("\n", label.Split('\n').Select(line =>
            {
                var lines = new List<string>();
                var current = string.Empty;
                foreach (var word in line.Split(' '))
                {
                    if (current.Length > 0 && current.Length + 1 + word.Length > WrapAt)
                    {
                        lines.Add(current);
                        current = word;
                    }
                    else
                    {
                        current = current.Length == 0 ? word : current + " " + word;
                    }
                }

                lines.Add(current);
                return string.Join("\n", lines);
            }));
    }
}
