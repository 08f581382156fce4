using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PolicyRef.Export;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Site
{
    /// <summary>The text of one Markdown page, built in blocks separated by blank lines (each HTML block on lines of its own).</summary>
    internal sealed class PageText
    {
        private readonly StringBuilder text = new StringBuilder();

        /// <summary>Starts a page with its title (front matter and level-1 heading).</summary>
        public PageText(string title)
        {
            text.Append("---\ntitle: \"").Append(title.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n---\n\n# ").Append(Markup.Markdown(title)).Append("\n\n");
        }

        /// <summary>A level-2 heading with fixed text (which needs no escaping).</summary>
        public PageText Section(string heading)
        {
            text.Append("## ").Append(heading).Append("\n\n");
            return this;
        }

        /// <summary>An HTML block; it must hold no blank line.</summary>
        public PageText Html(string html)
        {
            if (html.Contains("\n\n", StringComparison.Ordinal))
            {
                throw new ArgumentException("an HTML block with a blank line would end early in Markdown", nameof(html));
            }

            text.Append(html).Append("\n\n");
            return this;
        }

        /// <summary>A paragraph of plain text.</summary>
        public PageText Paragraph(string plain) => Html("<p>" + Markup.Html(plain) + "</p>");

        /// <summary>The names the site's search should find the subject by, as written and folded.</summary>
        public PageText SearchTerms(IClaimSubject subject) =>
            Html("<p class=\"search-terms\"><small>Search terms: " + Markup.Html(string.Join(" · ", Site.SearchTerms.Of(subject))) + "</small></p>");

        /// <summary>The downloads of a page and how to cite its figures.</summary>
        public PageText Downloads(SiteContext site, IClaimSubject subject)
        {
            string Link(string extension, string label) => "<a href=\"../" + SitePaths.DownloadOf(subject, extension) + "\" download>" + label + "</a>";
            return Html("<p class=\"downloads\">Download this page's " + Markup.Integer(subject.Claims.Count) + " claims as " + Link(".csv", "CSV")
                + " (the rows of the export's observations.csv, contract v2: flags, definition and the preferred mark included)"
                + ", and its sources as " + Link(".bib", "BibTeX") + " or " + Link(".csl.json", "CSL-JSON") + ". "
                + "To cite a figure, use the BibTeX or CSL-JSON beside it (its source's citation) and PolicyRef data version "
                + Markup.Html(site.Data.DataVersion) + ".</p>");
        }

        /// <summary>The sources of a subject, each with an anchor the page's figures link to and its citation in BibTeX and CSL-JSON.</summary>
        public PageText Sources(SiteContext site, IClaimSubject subject)
        {
            Section("Sources");
            var html = new StringBuilder("<ol class=\"sources\">");
            foreach (var source in Citations.SourcesOf(site.Data, subject))
            {
                html.Append("<li id=\"").Append(SitePaths.SourceAnchor(source.Id)).Append("\"><strong>").Append(Markup.Html(source.Publisher)).Append("</strong>. “")
                    .Append(Markup.Html(source.Title)).Append('”');
                if (source.Published is not null)
                {
                    html.Append(", published ").Append(Markup.Html(source.Published.Value.ToString("uuuu-MM-dd", null)));
                }

                if (source.Url is not null)
                {
                    html.Append(". <a href=\"").Append(Markup.Html(source.Url)).Append("\" rel=\"nofollow\">").Append(Markup.Html(source.Url)).Append("</a>");
                }

                html.Append(" (accessed ").Append(Markup.Html(source.Accessed.ToString("uuuu-MM-dd", null))).Append("). ").Append(Markup.Html(Words.Of(source.Kind)));
                if (source.Via is not null)
                {
                    html.Append(", via ").Append(Markup.Html(source.Via));
                }

                html.Append(". <code>").Append(Markup.Html(source.Id)).Append("</code>. Cite it: <a href=\"../").Append(SitePaths.CitationOf(source.Id, ".bib"))
                    .Append("\" download>BibTeX</a> · <a href=\"../").Append(SitePaths.CitationOf(source.Id, ".csl.json")).Append("\" download>CSL-JSON</a></li>");
            }

            return Html(html.Append("</ol>").ToString());
        }

        /// <summary>
        /// Where the page's figures differ beyond the metric's tolerance, split as the conflicts query classes them:
        /// disagreements between sources, definitional differences (a variant against the standard definition),
        /// differences caused only by suspect figures, and parts that add up to more than their whole.
        /// </summary>
        public PageText Conflicts(SiteContext site, IClaimSubject subject)
        {
            Section("Where sources disagree");
            var conflicts = site.ConflictsOf(subject);
            if (conflicts.Count == 0)
            {
                Paragraph("No two figures in the data about " + subject.DisplayName + " differ beyond the metric's tolerance.");
                return Suspects(site, subject);
            }

            foreach (var (kind, heading, lead) in ConflictKinds)
            {
                var ofKind = conflicts.Where(c => c.Kind == kind).ToList();
                if (ofKind.Count == 0)
                {
                    continue;
                }

                Html("<h3 id=\"" + Markup.Anchor("conflicts", kind.ToString()) + "\">" + Markup.Html(heading) + " (" + Markup.Integer(ofKind.Count) + ")</h3>");
                Paragraph(lead);
                var html = new StringBuilder("<table class=\"conflicts conflicts-").Append(Markup.Anchor("kind", kind.ToString()))
                    .Append("\"><thead><tr><th>Metric</th><th>Period</th><th>Spread</th><th>Explained</th><th>Claims</th></tr></thead><tbody>");
                foreach (var conflict in ofKind)
                {
                    html.Append("<tr><td><a href=\"#").Append(Markup.Anchor("metric", conflict.Metric.Id.Value)).Append("\">").Append(Markup.Html(conflict.Metric.Name)).Append("</a></td><td>")
                        .Append(Markup.Html(conflict.Period?.ToString() ?? "any (fixed metric)")).Append("</td><td>")
                        .Append(Markup.Html(ClaimMarkupSpread(conflict.Spread))).Append("</td><td>")
                        .Append(conflict.IsAcknowledgedWithoutReason ? "acknowledged in a note, no reason recorded" : conflict.IsExplained ? "yes, in a note" : "no note says why").Append("</td><td>")
                        .Append(string.Join("<br>", conflict.Claims.Select(c => site.Claims.Figure(subject, c)))).Append("</td></tr>");
                }

                Html(html.Append("</tbody></table>").ToString());
            }

            return Suspects(site, subject);
        }

        /// <summary>The figures flagged as suspect, when there are any.</summary>
        public PageText Suspects(SiteContext site, IClaimSubject subject)
        {
            var suspect = subject.Claims.Where(Comparability.IsSuspect).ToList();
            if (suspect.Count > 0)
            {
                Section("Suspect figures");
                Html(site.Claims.Table(subject, suspect));
            }

            return this;
        }

        /// <summary>The page's Markdown.</summary>
        public override string ToString() => text.ToString();

        private static readonly (ConflictKind Kind, string Heading, string Lead)[] ConflictKinds =
        {
            (ConflictKind.Disagreement, "Disagreements", "Sources that count the same thing by the same definition and differ beyond the metric's tolerance."),
            (ConflictKind.Definitional, "Definitional differences", "Figures that differ because they count different things (a variant of the metric against its standard definition): not a disagreement between sources."),
            (ConflictKind.Suspect, "Differences from suspect figures", "Figures that differ only because of a claim a plausibility screen marked suspect; the reason is beside it."),
            (ConflictKind.PartsExceedWhole, "Parts that exceed their whole", "Parts from one source that add up to more than a stated figure for their whole."),
        };

        private static string ClaimMarkupSpread(decimal spread) => ClaimFormatter.FormatNumber(decimal.Round(spread * 100m, 1)) + "%";
    }
}
