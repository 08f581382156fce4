using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Site
{
    /// <summary>How a figure reads on a page: its value with every qualifier, its period and a link to its source entry.</summary>
    internal sealed class ClaimMarkup
    {
        private static readonly ImmutableArray<(ClaimFlags Flag, string Name)> FlagNames = ImmutableArray.Create(
        new[]
        {
            (ClaimFlags.Estimate, "estimate"), (ClaimFlags.Provisional, "provisional"), (ClaimFlags.Derived, "derived"), (ClaimFlags.Planned, "planned"),
            (ClaimFlags.LowerBound, "lower bound"), (ClaimFlags.UpperBound, "upper bound"), (ClaimFlags.Approximate, "approximate"),
        });

        private readonly PolicyReference data;

        public ClaimMarkup(PolicyReference data) => this.data = data;

        /// <summary>The qualifiers of a claim, in words, such as "estimate, lower bound"; empty when it has none.</summary>
        public static string QualifierWords(Claim claim) => string.Join(", ", FlagNames.Where(f => claim.Has(f.Flag)).Select(f => f.Name));

        /// <summary>The value with its unit, qualifier marks and qualifier words, and the comparability marks.</summary>
        public static string Value(Claim claim)
        {
            var words = QualifierWords(claim);
            return "<span class=\"value\">" + Markup.Html(ClaimFormatter.FormatValue(claim)) + "</span>"
                + (words.Length == 0 ? string.Empty : " <span class=\"qualifiers\">(" + Markup.Html(words) + ")</span>")
                + Comparability.Definition(claim) + Comparability.Suspect(claim);
        }

        /// <summary>The link to a claim's source entry, named by the publisher.</summary>
        public string Source(IClaimSubject page, Claim claim) =>
            "<a class=\"source\" href=\"" + Markup.Html(SitePaths.SourceLink(page, claim)) + "\">" + Markup.Html(PublisherOf(claim.SourceId)) + "</a>";

        /// <summary>A figure in one line: value, period, source.</summary>
        public string Figure(IClaimSubject page, Claim claim) =>
            Value(claim) + " <span class=\"period\">" + Markup.Html(claim.Period.ToString()) + "</span> " + Source(page, claim);

        /// <summary>A table of claims, one row each: value, period, source, note.</summary>
        public string Table(IClaimSubject page, IEnumerable<Claim> claims, Claim? preferred = null)
        {
            var html = new StringBuilder("<table class=\"claims\"><thead><tr><th>Value</th><th>Period</th><th>Source</th><th>Note</th></tr></thead><tbody>");
            foreach (var claim in claims)
            {
                html.Append(ReferenceEquals(claim, preferred) ? "<tr class=\"preferred\">" : "<tr>")
                    .Append("<td>").Append(Value(claim)).Append(ReferenceEquals(claim, preferred) ? " <strong>preferred</strong>" : string.Empty).Append("</td>")
                    .Append("<td>").Append(Markup.Html(claim.Period.ToString())).Append("</td>")
                    .Append("<td>").Append(Source(page, claim)).Append("</td>")
                    .Append("<td>").Append(Markup.Html(claim.Note)).Append("</td></tr>");
            }

            return html.Append("</tbody></table>").ToString();
        }

        /// <summary>
        /// A metric of a subject: the preferred figure with its period and source and why it was chosen, every other source
        /// for the same period (for a fixed metric, any period) beside it, and every claim of the metric in a fold.
        /// </summary>
        public string Metric(IClaimSubject page, MetricDefinition metric)
        {
            var html = new StringBuilder();
            html.Append("<section class=\"metric\" id=\"").Append(Markup.Anchor("metric", metric.Id.Value)).Append("\"><h3>").Append(Markup.Html(metric.Name)).Append("</h3>");
            html.Append("<p class=\"definition\">").Append(Markup.Html(metric.Definition));
            if (metric.Comparability is not null)
            {
                html.Append(" <em>Comparability:</em> ").Append(Markup.Html(metric.Comparability));
            }

            html.Append("</p>");
            var selection = data.Select(page, metric.Id);
            var all = page.Claims.For(metric.Id).OrderByDescending(c => c.Period).ThenBy(c => c.SourceId, StringComparer.Ordinal).ToList();
            if (selection is null)
            {
                html.Append("<p>No preferred figure (none of the claims is usable for this metric).</p>");
            }
            else
            {
                var chosen = selection.Chosen;
                html.Append("<p class=\"preferred\"><strong>Preferred:</strong> ").Append(Figure(page, chosen)).Append("</p>");
                var voices = selection.Alternatives.Where(c => metric.Temporality == MetricTemporality.Fixed || c.Period.Overlaps(chosen.Period)).ToList();
                if (voices.Count > 0)
                {
                    html.Append("<p class=\"voices\"><strong>Other sources").Append(metric.Temporality == MetricTemporality.Fixed ? string.Empty : " for the same period").Append(":</strong> ")
                        .Append(string.Join("; ", voices.Select(v => Figure(page, v) + (selection.Disagreements.Contains(v) ? " <span class=\"disagrees\">disagrees</span>" : string.Empty))))
                        .Append("</p>");
                }

                html.Append("<p class=\"why\">").Append(Markup.Html(selection.Explanation)).Append("</p>");
            }

            html.Append("<details><summary>Every claim (").Append(Markup.Integer(all.Count)).Append(")</summary>").Append(Table(page, all, selection?.Chosen)).Append("</details></section>");
            return html.ToString();
        }

        private string PublisherOf(string sourceId) => data.TryGetSource(sourceId, out var source) ? source.Publisher : sourceId;
    }
}
