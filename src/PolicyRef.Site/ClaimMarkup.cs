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
        private readonly Func<IClaimSubject, IReadOnlySet<Claim>> preferredOf;

        /// <summary>Figures of a data set; <paramref name="preferredOf"/> gives a subject's claims that observations.csv marks preferred.</summary>
        public ClaimMarkup(PolicyReference data, Func<IClaimSubject, IReadOnlySet<Claim>> preferredOf)
        {
            this.data = data;
            this.preferredOf = preferredOf;
        }

        /// <summary>The qualifiers of a claim, in words, such as "estimate, lower bound"; empty when it has none.</summary>
        public static string QualifierWords(Claim claim) => string.Join(", ", FlagNames.Where(f => claim.Has(f.Flag)).Select(f => f.Name));

        /// <summary>
        /// The value with its unit (rounded by the metric's decimals) and bound mark, the qualifier words, and what it
        /// counts: the variant by name, the part of its whole, and the suspicion with its reason.
        /// </summary>
        public string Value(Claim claim)
        {
            var metric = data.TryGetMetric(claim.Metric, out var m) ? m : null;
            var mark = claim.Has(ClaimFlags.LowerBound) ? "≥ " : claim.Has(ClaimFlags.UpperBound) ? "≤ " : claim.Has(ClaimFlags.Approximate) ? "~" : string.Empty;
            var words = QualifierWords(claim);
            return "<span class=\"value\">" + Markup.Html(mark + ClaimFormatter.FormatValue(claim.Value, claim.Unit, metric?.Decimals)) + "</span>"
                + (words.Length == 0 ? string.Empty : " <span class=\"qualifiers\">(" + Markup.Html(words) + ")</span>")
                + Comparability.Definition(claim, metric) + Comparability.Part(claim) + Comparability.Suspect(claim);
        }

        /// <summary>The link to a claim's source entry, named by the publisher, and the source's citation files ("cite this figure").</summary>
        public string Source(IClaimSubject page, Claim claim) =>
            "<a class=\"source\" href=\"" + Markup.Html(SitePaths.SourceLink(page, claim)) + "\">" + Markup.Html(PublisherOf(claim.SourceId)) + "</a>"
            + " <small class=\"cite\" title=\"cite this figure: its source's BibTeX or CSL-JSON\">cite: <a href=\"../" + Markup.Html(SitePaths.CitationOf(claim.SourceId, ".bib")) + "\" download>BibTeX</a> · <a href=\"../"
            + Markup.Html(SitePaths.CitationOf(claim.SourceId, ".csl.json")) + "\" download>CSL-JSON</a></small>";

        /// <summary>A figure in one line: value, period, source.</summary>
        public string Figure(IClaimSubject page, Claim claim) =>
            Value(claim) + " <span class=\"period\">" + Markup.Html(claim.Period.ToString()) + "</span> " + Source(page, claim);

        /// <summary>
        /// A table of claims, one row each: value, period, source, note. A claim that observations.csv marks preferred (the
        /// default rule's choice for its subject, metric and period) is marked so here.
        /// </summary>
        public string Table(IClaimSubject page, IEnumerable<Claim> claims)
        {
            var preferred = preferredOf(page);
            var html = new StringBuilder("<table class=\"claims\"><thead><tr><th>Value</th><th>Period</th><th>Source</th><th>Note</th></tr></thead><tbody>");
            foreach (var claim in claims)
            {
                var isPreferred = preferred.Contains(claim);
                html.Append(isPreferred ? "<tr class=\"preferred\">" : "<tr>")
                    .Append("<td>").Append(Value(claim)).Append(isPreferred ? " <strong class=\"preferred-mark\">preferred</strong>" : string.Empty).Append("</td>")
                    .Append("<td>").Append(Markup.Html(claim.Period.ToString())).Append("</td>")
                    .Append("<td>").Append(Source(page, claim)).Append("</td>")
                    .Append("<td>").Append(Markup.Html(claim.Note)).Append("</td></tr>");
            }

            return html.Append("</tbody></table>").ToString();
        }

        /// <summary>
        /// A metric of a subject: what it counts; the preferred figure (a standard-definition whole) with its period and
        /// source and why it was chosen; every other source for the same period (for a fixed metric, any period) beside
        /// it; the parts and other definitions, set aside and named as such; and every claim of the metric in a fold.
        /// </summary>
        public string Metric(IClaimSubject page, MetricDefinition metric)
        {
            var html = new StringBuilder();
            html.Append("<section class=\"metric\" id=\"").Append(Markup.Anchor("metric", metric.Id.Value)).Append("\"><h3>").Append(Markup.Html(metric.Name)).Append("</h3>");
            html.Append("<p class=\"definition\"><em>Standard definition:</em> ").Append(Markup.Html(metric.Definition));
            if (metric.Comparability is not null)
            {
                html.Append(" <em>Comparability:</em> ").Append(Markup.Html(metric.Comparability));
            }

            html.Append("</p>");
            var all = page.Claims.For(metric.Id).OrderByDescending(c => c.Period).ThenBy(c => c.SourceId, StringComparer.Ordinal).ToList();
            html.Append(Comparability.Variants(data, metric, all));
            var selection = data.Select(page, metric.Id);
            var setAside = selection is null ? all.Where(c => !c.IsWhole || !c.IsStandard).ToList() : selection.SetAside.ToList();
            if (selection is null)
            {
                html.Append("<p class=\"no-preferred\">No preferred figure: ").Append(setAside.Count > 0
                    ? "no claim counts the whole subject by the metric's standard definition."
                    : "none of the claims is usable for this metric.").Append("</p>");
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

            var parts = setAside.Where(c => !c.IsWhole).ToList();
            if (parts.Count > 0)
            {
                html.Append("<p class=\"parts\"><strong>Parts of the whole, not the whole figure:</strong> ").Append(string.Join("; ", parts.Select(p => Figure(page, p)))).Append("</p>");
            }

            var variants = setAside.Where(c => c.IsWhole && !c.IsStandard).ToList();
            if (variants.Count > 0)
            {
                html.Append("<p class=\"other-definitions\"><strong>Figures of another definition (not compared with the standard one):</strong> ").Append(string.Join("; ", variants.Select(v => Figure(page, v)))).Append("</p>");
            }

            html.Append("<details><summary>Every claim (").Append(Markup.Integer(all.Count)).Append(")</summary>").Append(Table(page, all)).Append("</details></section>");
            return html.ToString();
        }

        private string PublisherOf(string sourceId) => data.TryGetSource(sourceId, out var source) ? source.Publisher : sourceId;
    }
}
