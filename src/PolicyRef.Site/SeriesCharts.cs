using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Site
{
    /// <summary>The charts of a metric over time, from the library's series query.</summary>
    internal static class SeriesCharts
    {
        /// <summary>Whether a metric is drawn over time: numeric and varying.</summary>
        public static bool Drawable(MetricDefinition metric) => metric.Temporality == MetricTemporality.Varying && metric.Unit.IsNumeric;

        /// <summary>
        /// A chart of a subject's metric: one point per year (countries) or per period as given (facilities, policies), the
        /// preferred figure as a line broken where a year has no figure, every other claim as a hollow dot. Null when
        /// fewer than two periods have a figure.
        /// </summary>
        public static string? For(SiteContext site, IClaimSubject subject, MetricDefinition metric, (LocalDate From, LocalDate? To, string Label)? span = null)
        {
            var yearly = subject.Kind == SubjectKind.Country;
            var series = site.Data.Series(subject, metric.Id, yearly ? SeriesOptions.Yearly : SeriesOptions.AsGiven);
            var points = series.Points.Where(p => !p.IsFilled && p.Claim is not null).ToList();
            if (points.Count < 2)
            {
                return null;
            }

            var chosen = new HashSet<Claim>(points.Select(p => p.Claim!), ReferenceEqualityComparer.Instance);
            // Periods of different lengths (a year, a month, a day) sort by precision first; the chart needs time order.
            var preferred = points.Select(p => new ChartPoint(X(At(p.Period), yearly), (double)p.Value, Label(site, p.Claim!, "preferred")))
                .OrderBy(p => p.X).ThenBy(p => p.Label, StringComparer.Ordinal).ToList();
            // Parts are not drawn: a part plotted beside its whole would read as a lower figure for the whole. Figures of
            // another definition are drawn as hollow squares, apart from the standard definition's hollow dots.
            var others = subject.Claims.For(metric.Id)
                .Where(c => !chosen.Contains(c) && c.IsWhole && c.Value.Kind == ClaimValueKind.Number)
                .OrderBy(c => c.Period).ThenBy(c => c.SourceId, StringComparer.Ordinal)
                .Select(c => new ChartPoint(X(At(c.Period), yearly), (double)c.Value.Number, Label(site, c, c.IsStandard ? "other source" : "variant " + c.Definition), !c.IsStandard))
                .ToList();
            var parts = subject.Claims.For(metric.Id).Count(c => !c.IsWhole);
            var breaks = Comparability.Breaks(series, yearly);
            var shaded = span is { } s ? (X(s.From, false), s.To is null ? double.MaxValue : X(s.To.Value, false), s.Label) : ((double, double, string)?)null;
            var caption = $"{metric.Name} ({metric.Unit.Symbol}) of {subject.DisplayName}, standard definition: the line joins the preferred figure of consecutive "
                + (yearly ? "years and breaks where a year has no figure" : "periods less than 18 months apart and breaks across longer gaps")
                + "; hollow dots are other sources' figures"
                + (others.Any(o => o.OtherDefinition) ? ", hollow squares figures of another definition (a variant)" : string.Empty)
                + (parts > 0 ? $"; {parts} figure{(parts == 1 ? " that counts" : "s that count")} a part of the whole {(parts == 1 ? "is" : "are")} not drawn" : string.Empty)
                + BreakWords(breaks)
                + ". Every figure with its source is listed under the metric.";
            return SvgChart.Render($"{metric.Name} of {subject.DisplayName} over time", caption, preferred, others, yearly ? 1.0 : 1.5, breaks, shaded);
        }

        // The breaks in the caption: each named when there are few; else how many of each, each named in its mark's title.
        private static string BreakWords(IReadOnlyList<ChartBreak> breaks)
        {
            if (breaks.Count == 0)
            {
                return string.Empty;
            }

            var definition = breaks.Count(b => b.DefinitionChanges);
            var marks = (definition > 0 ? "dashed red lines mark a change of definition" : string.Empty)
                + (definition > 0 && definition < breaks.Count ? ", " : string.Empty)
                + (definition < breaks.Count ? "red ticks on the time axis a change of publisher" : string.Empty);
            return breaks.Count <= 6
                ? "; series breaks: " + string.Join("; ", breaks.Select(b => b.Reason)) + " (" + marks + ")"
                : $"; {breaks.Count} series breaks ({marks}; each named in its mark's title)";
        }

        /// <summary>
        /// Where a period sits on the time axis: its start, except for an interval (a count since a policy began, say),
        /// which is drawn at its end, the date the count runs to.
        /// </summary>
        public static LocalDate At(ReferencePeriod period) => period.Precision == PeriodPrecision.Interval ? period.End : period.Start;

        /// <summary>A date on the time axis: the year for yearly charts, else the year and the fraction of it gone.</summary>
        public static double X(LocalDate date, bool yearly) => yearly ? date.Year : date.Year + ((date.DayOfYear - 1) / 366.0);

        private static string Label(SiteContext site, Claim claim, string role) =>
            $"{claim.Period}: {ClaimFormatter.FormatValue(claim)} ({role}; {(site.Data.TryGetSource(claim.SourceId, out var s) ? s.Publisher : claim.SourceId)})";
    }
}
