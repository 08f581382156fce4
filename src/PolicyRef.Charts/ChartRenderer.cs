using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;
using ScottPlot;

namespace PolicyRef.Charts
{
    /// <summary>Draws PolicyRef answers as charts (SVG or PNG) with axis labels, units, a title, a source line and the data version.</summary>
    public static class ChartRenderer
    {
        private const int Width = 960;
        private const int Height = 560;

        /// <summary>Lines of a metric over the years, one per series (a country's preferred figures, or one publisher's), with a policy's start marked.</summary>
        /// <param name="reference">The data set the series come from (its version and sources are printed).</param>
        /// <param name="metric">The metric of every series.</param>
        /// <param name="lines">The series, from <see cref="PolicyReference.Series"/> or <see cref="PolicyReference.SeriesByPublisher"/>.</param>
        /// <param name="policy">A policy whose start to mark, or null.</param>
        /// <param name="path">The output file; .svg or .png.</param>
        public static void Series(PolicyReference reference, MetricDefinition metric, IReadOnlyList<Series> lines, Policy? policy, string path)
        {
            if (reference is null || metric is null || lines is null || lines.Count == 0)
            {
                throw new ArgumentException("Draw at least one series.", nameof(lines));
            }

            var plot = NewPlot();
            var sources = new SortedSet<string>(StringComparer.Ordinal);
            var palette = new ScottPlot.Palettes.Category10();
            var index = 0;
            var drawn = lines.Where(l => !l.Points.IsEmpty).ToList();
            foreach (var series in drawn)
            {
                // Missing years break the line: a gap is drawn as a gap, never bridged.
                var color = palette.GetColor(index++);
                var first = true;
                foreach (var run in Runs(series.Points.Select(p => (Year: p.Period.Start.Year, Value: (double)p.Value)).ToList()))
                {
                    var scatter = plot.Add.Scatter(run.Select(p => (double)p.Year).ToArray(), run.Select(p => p.Value).ToArray(), color);
                    scatter.MarkerSize = 5;
                    if (first)
                    {
                        scatter.LegendText = Name(series);
                        first = false;
                    }
                }

                foreach (var point in series.Points.Where(p => p.Claim is not null))
                {
                    sources.Add(reference.GetSource(point.Claim!.SourceId).Publisher);
                }

                var several = drawn.Count > 1;
                MarkBreaks(plot, series, color, several ? Name(series) : null, several ? (index - 1 - ((drawn.Count - 1) / 2.0)) * 0.1 : 0);
            }

            if (policy is not null)
            {
                var start = plot.Add.VerticalLine(YearFraction(policy.Start), 1.5f, Colors.Gray, LinePattern.Solid);
                start.LegendText = $"{policy.Name} ({policy.Start:uuuu-MM-dd})";
            }

            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture) };
            plot.Axes.Bottom.Label.Text = "Year";
            plot.Axes.Left.Label.Text = $"{metric.Name} ({UnitLabel(metric.Unit)})";
            plot.Title($"{metric.Name}: {string.Join(", ", lines.Select(l => l.Subject.DisplayName).Distinct(StringComparer.Ordinal))}");
            plot.ShowLegend(Edge.Right);
            Finish(plot, reference, sources, path);
        }

        private static string Name(Series series) => series.Publisher is null ? series.Subject.DisplayName : $"{series.Subject.DisplayName}: {series.Publisher}";

        /// <summary>
        /// A dashed vertical line, in the series' colour, halfway between each point where the series changes publisher or
        /// definition and the point before it, with one legend entry per series that breaks. With several series each is
        /// shifted by <paramref name="offset"/> years, so breaks of two series in the same year stay two lines, and the
        /// legend names the series (<paramref name="name"/>, null when it is the only one).
        /// </summary>
        private static void MarkBreaks(Plot plot, Series series, Color color, string? name, double offset)
        {
            var labelled = false;
            for (var i = 1; i < series.Points.Length; i++)
            {
                if (!series.Points[i].IsBreak)
                {
                    continue;
                }

                var before = series.Points[i - 1].Period.Start.Year;
                var at = series.Points[i].Period.Start.Year;
                var line = plot.Add.VerticalLine(((before + at) / 2.0) + offset, 1.5f, color, LinePattern.Dashed);
                if (!labelled)
                {
                    line.LegendText = name is null ? "break: publisher/definition changes" : $"break in {name}: publisher/definition changes";
                    labelled = true;
                }
            }
        }

        /// <summary>
        /// Bars of a ranking, largest first, each labelled with its subject and period (the periods differ; the title says
        /// so) and its value, bounds drawn as bounds and estimates marked.
        /// </summary>
        /// <param name="reference">The data set the ranking comes from (its version and sources are printed).</param>
        /// <param name="ranking">The ranking.</param>
        /// <param name="path">The output file; .svg or .png.</param>
        public static void Rank(PolicyReference reference, Ranking ranking, string path)
        {
            if (reference is null || ranking is null)
            {
                throw new ArgumentNullException(reference is null ? nameof(reference) : nameof(ranking));
            }

            var plot = NewPlot();
            ChartBars.Draw(plot, ranking.Rows.Select(r => (Label: $"{r.Subject.DisplayName}\n{r.Period}", r.Claim)).ToList());
            plot.Axes.Left.Label.Text = $"{ranking.Metric.Name} ({UnitLabel(ranking.Metric.Unit)})";
            plot.Title($"{ranking.Metric.Name}, latest figure as of {ranking.AsOf:uuuu-MM-dd} (periods differ)");
            Finish(plot, reference, ranking.Rows.Select(r => r.Source.Publisher), path);
        }

        /// <summary>Bars of one facility metric side by side, each the preferred claim (bounds drawn as bounds, estimates and planned values marked): one row of a <see cref="FacilityComparison"/>.</summary>
        /// <param name="reference">The data set the comparison comes from (its version and sources are printed).</param>
        /// <param name="row">The row of the metric to draw.</param>
        /// <param name="path">The output file; .svg or .png.</param>
        public static void Compare(PolicyReference reference, ComparisonRow row, string path)
        {
            if (reference is null || row is null)
            {
                throw new ArgumentNullException(reference is null ? nameof(reference) : nameof(row));
            }

            var definition = row.Metric;
            var cells = row.Cells.Where(c => c.Selection is not null).ToList();
            var plot = NewPlot();
            ChartBars.Draw(plot, cells.Select(c => (Label: $"{c.Facility.DisplayName} ({c.Facility.Country})\n{c.Selection!.Chosen.Period}", c.Selection!.Chosen)).ToList());
            plot.Axes.Left.Label.Text = $"{definition.Name} ({UnitLabel(definition.Unit)})";
            plot.Title($"{definition.Name}, preferred figure per facility");
            Finish(plot, reference, cells.Select(c => reference.GetSource(c.Selection!.Chosen.SourceId).Publisher), path);
        }

        /// <summary>
        /// A synthetic control: on the left the country and its synthetic control over the years; on the right the gap
        /// (actual minus synthetic) for the country and, in grey, for every placebo counted in the rank.
        /// </summary>
        /// <param name="reference">The data set.</param>
        /// <param name="estimate">An estimate (not a refusal).</param>
        /// <param name="path">The output file; .svg or .png.</param>
        public static void SyntheticControl(PolicyReference reference, Queries.Synthetic.SyntheticControlResult estimate, string path)
        {
            if (reference is null || estimate is null || !estimate.IsEstimated)
            {
                throw new ArgumentException("Chart an estimate, not a refusal.", nameof(estimate));
            }

            var years = estimate.Years.Select(y => (double)y).ToArray();
            var unit = UnitLabel(estimate.Metric.Unit);
            var series = NewPlot();
            series.Add.Scatter(years, estimate.Actual.ToArray()).LegendText = estimate.Treated.Name;
            var synthetic = series.Add.Scatter(years, estimate.Synthetic.ToArray());
            synthetic.LegendText = "Synthetic " + estimate.Treated.Name;
            synthetic.LinePattern = LinePattern.Solid;
            series.Add.VerticalLine(YearFraction(estimate.Policy.Start), 1.5f, Colors.Gray, LinePattern.Solid);
            series.Axes.Left.Label.Text = $"{estimate.Metric.Name} ({unit})";
            series.Axes.Bottom.Label.Text = "Year";
            series.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture) };
            series.Title($"{estimate.Treated.Name} and its synthetic control");
            series.ShowLegend(Edge.Bottom);

            var gaps = NewPlot();
            foreach (var placebo in estimate.Placebos.Where(p => !p.Excluded))
            {
                var line = gaps.Add.Scatter(years, placebo.Gaps.ToArray(), Colors.LightGray);
                line.MarkerSize = 0;
            }

            var treatedGap = gaps.Add.Scatter(years, estimate.Actual.Select((a, i) => a - estimate.Synthetic[i]).ToArray(), Colors.Black);
            treatedGap.LineWidth = 2.5f;
            treatedGap.LegendText = $"{estimate.Treated.Name} (placebo rank {estimate.Rank} of {estimate.PlacebosRanked + 1})";
            gaps.Add.HorizontalLine(0, 1, Colors.Gray);
            gaps.Add.VerticalLine(YearFraction(estimate.Policy.Start), 1.5f, Colors.Gray, LinePattern.Solid);
            gaps.Axes.Left.Label.Text = $"Gap, actual − synthetic ({unit})";
            gaps.Axes.Bottom.Label.Text = "Year";
            gaps.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture) };
            gaps.Title("Gaps: the country (black) and placebos (grey)");
            gaps.ShowLegend(Edge.Bottom);
            Caption(gaps, reference, estimate.Years.Length == 0 ? Array.Empty<string>() : new[] { "preferred yearly figures per country" });

            var multiplot = new Multiplot(series);
            multiplot.AddPlot(gaps);
            multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".svg":
                    // Nested <svg> elements place the two plots side by side in one file.
                    string Inner(Plot plot, int x) => System.Text.RegularExpressions.Regex.Replace(plot.GetSvgXml(Width, Height), "<\\?xml[^>]*>", string.Empty).Replace("<svg ", $"<svg x=\"{x}\" ");
                    File.WriteAllText(path, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width * 2}\" height=\"{Height}\">{Inner(series, 0)}{Inner(gaps, Width)}</svg>");
                    break;
                case ".png":
                    multiplot.SavePng(path, Width * 2, Height);
                    break;
                default:
                    throw new ArgumentException($"Chart files end in .svg or .png, not '{Path.GetExtension(path)}'.", nameof(path));
            }
        }

        private static Plot NewPlot()
        {
            ChartFont.Ensure();
            var plot = new Plot();
            plot.Font.Set(ChartFont.Name);
            return plot;
        }

        // The sources and data version go under the plot, in the bottom axis's label, where they can never cover data.
        private static void Caption(Plot plot, PolicyReference reference, IEnumerable<string> publishers)
        {
            var list = publishers.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
            var caption = WrapCaption("Sources: " + (list.Count <= 3 ? string.Join("; ", list) : string.Join("; ", list.Take(3)) + $"; and {list.Count - 3} more"), $"  |  PolicyRef data {reference.DataVersion}");
            var axisTitle = plot.Axes.Bottom.Label.Text;
            plot.Axes.Bottom.Label.Text = string.IsNullOrEmpty(axisTitle) ? caption : axisTitle + "\n" + caption;
            plot.Axes.Bottom.Label.FontSize = 11;
            plot.Axes.Bottom.Label.Bold = false;
        }

        /// <summary>The caption broken at spaces into lines that fit the chart's width, the data version kept whole at its end.</summary>
        private static string WrapCaption(string caption, string version)
        {
            // About 600 pixels at 11 px: the caption is centred under the data area, which a legend on the right narrows.
            const int lineLength = 95;
            var lines = new List<string>();
            var current = string.Empty;
            foreach (var word in caption.Split(' '))
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > lineLength)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = current.Length == 0 ? word : current + " " + word;
                }
            }

            lines.Add(current.Length + version.Length <= lineLength ? current + version : current);
            if (current.Length + version.Length > lineLength)
            {
                lines.Add(version.Trim(' ', '|'));
            }

            return string.Join("\n", lines);
        }

        private static void Finish(Plot plot, PolicyReference reference, IEnumerable<string> publishers, string path)
        {
            Caption(plot, reference, publishers);
            var extension = Path.GetExtension(path).ToLowerInvariant();
            switch (extension)
            {
                case ".svg":
                    plot.SaveSvg(path, Width, Height);
                    break;
                case ".png":
                    plot.SavePng(path, Width, Height);
                    break;
                default:
                    throw new ArgumentException($"Chart files end in .svg or .png, not '{extension}'.", nameof(path));
            }
        }

        private static IEnumerable<List<(int Year, double Value)>> Runs(List<(int Year, double Value)> points)
        {
            var run = new List<(int Year, double Value)>();
            foreach (var point in points)
            {
                if (run.Count > 0 && point.Year != run[run.Count - 1].Year + 1)
                {
                    yield return run;
                    run = new List<(int Year, double Value)>();
                }

                run.Add(point);
            }

            if (run.Count > 0)
            {
                yield return run;
            }
        }

        private static double YearFraction(NodaTime.LocalDate date) => date.Year + ((date.DayOfYear - 1) / 365.25);

        private static string UnitLabel(Unit unit) => unit.Kind switch
        {
            UnitKind.PerHundredThousand => "per 100,000 people",
            UnitKind.Percent => "%",
            UnitKind.Count => "count",
            UnitKind.SquareMetre => "m²",
            _ => unit.Symbol,
        };
    }
}
