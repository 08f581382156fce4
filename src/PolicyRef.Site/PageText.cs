using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PolicyRef.Export;
using PolicyRef.Model;

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
            var rows = site.Csv.CountFor(SiteContext.CsvType(subject.Kind), subject.Id);
            return Html("<p class=\"downloads\">Download this page's " + Markup.Integer(rows) + " claims as " + Link(".csv", "CSV") + " (the columns of the CSV export)"
                + ", and its sources as " + Link(".bib", "BibTeX") + " or " + Link(".csl.json", "CSL-JSON") + ". "
                + "To cite a figure, follow its source link: the entry gives the source's BibTeX and CSL-JSON; cite the source, and PolicyRef data version "
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

        /// <summary>Where the page's sources disagree: each conflict with every claim.</summary>
        public PageText Conflicts(SiteContext site, IClaimSubject subject)
        {
            Section("Where sources disagree");
            var conflicts = site.ConflictsOf(subject);
            if (conflicts.Count == 0)
            {
                Paragraph("No two sources in the data disagree beyond the metric's tolerance about " + subject.DisplayName + ".");
                return Suspects(site, subject);
            }

            var html = new StringBuilder("<table class=\"conflicts\"><thead><tr><th>Metric</th><th>Period</th><th>Spread</th><th>Claims</th></tr></thead><tbody>");
            foreach (var conflict in conflicts)
            {
                html.Append("<tr><td><a href=\"#").Append(Markup.Anchor("metric", conflict.Metric.Id.Value)).Append("\">").Append(Markup.Html(conflict.Metric.Name)).Append("</a></td><td>")
                    .Append(Markup.Html(conflict.Period?.ToString() ?? "any (fixed metric)")).Append("</td><td>")
                    .Append(Markup.Html(ClaimMarkupSpread(conflict.Spread))).Append("</td><td>")
                    .Append(string.Join("<br>", conflict.Claims.Select(c => site.Claims.Figure(subject, c)))).Append("</td></tr>");
            }

            Html(html.Append("</tbody></table>").ToString());
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

        private static string ClaimMarkupSpread(decimal spread) => Queries.ClaimFormatter.FormatNumber(decimal.Round(spread * 100m, 1)) + "%";
    }
}
