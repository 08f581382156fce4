using System.Collections.Generic;
using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Site
{
    /// <summary>
    /// The comparability fields of a figure — the variant it counts, the part it is, the suspicion on it, the breaks of a
    /// series — each shown through one function, so that every page shows them the same way.
    /// </summary>
    internal static class Comparability
    {
        /// <summary>
        /// The variant of the metric a claim counts, by name, with the variant's description as the mark's title; empty for
        /// the metric's standard definition.
        /// </summary>
        public static string Definition(Claim claim, MetricDefinition? metric)
        {
            if (claim.Definition is null)
            {
                return string.Empty;
            }

            var variant = metric?.FindVariant(claim.Definition);
            return " <span class=\"variant\" data-variant=\"" + Markup.Html(claim.Definition) + "\""
                + (variant is null ? string.Empty : " title=\"" + Markup.Html(variant.Description) + "\"")
                + ">variant: " + Markup.Html(variant?.Name ?? claim.Definition) + "</span>";
        }

        /// <summary>The part of its subject a claim counts and the whole it belongs to; empty for a claim that counts the whole.</summary>
        public static string Part(Claim claim) =>
            claim.Part is not { } part ? string.Empty
                : " <span class=\"part\">part: " + Markup.Html(part.Label) + " (" + Markup.Html(Words.Of(part.Kind)) + "), not the whole"
                    + (part.Whole is null ? string.Empty : " of " + Markup.Html(part.Whole.ToString())) + "</span>";

        /// <summary>A mark on a figure flagged as suspect, with the screen's reason.</summary>
        public static string Suspect(Claim claim) =>
            claim.Has(ClaimFlags.Suspect) ? " <span class=\"suspect\">suspect: " + Markup.Html(claim.SuspectReason) + "</span>" : string.Empty;

        /// <summary>Whether a claim is flagged as suspect, for the page's list of suspect figures.</summary>
        public static bool IsSuspect(Claim claim) => claim.Has(ClaimFlags.Suspect);

        /// <summary>
        /// The metric's definitions that a subject's claims count: the standard one, and each variant named by a claim
        /// with its description and the source that defines it. Empty when every claim counts the standard definition.
        /// </summary>
        public static string Variants(PolicyReference data, MetricDefinition metric, IEnumerable<Claim> claims)
        {
            var used = claims.Select(c => c.Definition).Where(d => d is not null).Distinct().OrderBy(d => d, System.StringComparer.Ordinal).ToList();
            if (used.Count == 0)
            {
                return string.Empty;
            }

            var html = new System.Text.StringBuilder("<ul class=\"variants\">");
            foreach (var id in used)
            {
                var variant = metric.FindVariant(id);
                html.Append("<li id=\"").Append(Markup.Anchor("variant-" + metric.Id.Value, id!)).Append("\"><strong>Variant: ").Append(Markup.Html(variant?.Name ?? id)).Append("</strong> (<code>")
                    .Append(Markup.Html(id)).Append("</code>). ");
                if (variant is not null)
                {
                    html.Append(Markup.Html(variant.Description));
                    if (data.TryGetSource(variant.SourceId, out var source))
                    {
                        html.Append(" Defined by ").Append(Markup.Html(source.Publisher)).Append(", “").Append(Markup.Html(source.Title)).Append('”');
                        if (source.Url is not null)
                        {
                            html.Append(", <a href=\"").Append(Markup.Html(source.Url)).Append("\" rel=\"nofollow\">").Append(Markup.Html(source.Url)).Append("</a>");
                        }

                        html.Append('.');
                    }
                }

                html.Append(" Its figures do not compete with the standard definition for the preferred figure.</li>");
            }

            return html.Append("</ul>").ToString();
        }

        /// <summary>Where a series breaks (a change of publisher or definition), half-way between the two points, in years, with the reason.</summary>
        public static IReadOnlyList<ChartBreak> Breaks(Series series, bool yearly)
        {
            var breaks = new List<ChartBreak>();
            SeriesPoint? previous = null;
            foreach (var point in series.Points.Where(p => !p.IsFilled))
            {
                if (point.IsBreak && previous is not null)
                {
                    var at = (SeriesCharts.X(SeriesCharts.At(previous.Period), yearly) + SeriesCharts.X(SeriesCharts.At(point.Period), yearly)) / 2;
                    breaks.Add(new ChartBreak(at, point.Period + ": " + point.BreakReason, !string.Equals(previous.Claim?.Definition, point.Claim?.Definition, System.StringComparison.Ordinal)));
                }

                previous = point;
            }

            return breaks;
        }

        /// <summary>
        /// The diagnostics of a before/after estimate: each window's observations and missing years, the comparison
        /// countries used and the estimate with other windows.
        /// </summary>
        public static string EstimateDiagnostics(ImpactAnalysis impact)
        {
            var rows = new List<string>();
            void Row(string what, string value) => rows.Add("<tr><th scope=\"row\">" + Markup.Html(what) + "</th><td>" + Markup.Html(value) + "</td></tr>");
            Row("Observations before / after (" + impact.Treated.Country.Name + ")", Markup.Integer(impact.Treated.Before.Observations) + " / " + Markup.Integer(impact.Treated.After.Observations));
            Row("Missing years before", Years(impact.Treated.Before.MissingYears));
            Row("Missing years after", Years(impact.Treated.After.MissingYears));
            Row("Comparison countries with figures in both windows", Markup.Integer(impact.ComparisonCountriesUsed) + " of " + Markup.Integer(impact.Comparison.Length));
            Row("Year left out (the policy's start year)", Markup.Integer(impact.ExcludedYear));
            foreach (var s in impact.Sensitivity)
            {
                Row($"Difference-in-differences with {s.YearsBefore} years before, {s.YearsAfter} after", Number(s.DifferenceInDifferences));
            }

            return "<table class=\"diagnostics\"><tbody>" + string.Concat(rows) + "</tbody></table>";
        }

        /// <summary>A number, or "none" when there is none.</summary>
        public static string Number(decimal? value) => value is null ? "none (not enough figures)" : ClaimFormatter.FormatNumber(decimal.Round(value.Value, 2));

        private static string Years(IEnumerable<int> years)
        {
            var list = years.Select(Markup.Integer).ToList();
            return list.Count == 0 ? "none" : string.Join(", ", list);
        }
    }
}
