using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PolicyRef.Model;

namespace PolicyRef.Site
{
    /// <summary>The reference's landing page, its table of contents and the index pages by region and kind.</summary>
    internal static class IndexPages
    {
        public static string TableOfContents() =>
            "- name: Overview\n  href: index.md\n- name: Countries by region\n  href: countries/index.md\n- name: Facilities by region\n  href: facilities/index.md\n- name: Policies by kind\n  href: policies/index.md\n";

        public static string Landing(SiteContext site)
        {
            var data = site.Data;
            var page = new PageText("Reference: every country, facility and policy");
            page.Html("<p>A page per subject of the data (data version " + Markup.Html(data.DataVersion) + "): <a href=\"countries/index.md\">" + Markup.Integer(data.Countries.Length)
                + " countries</a>, <a href=\"facilities/index.md\">" + Markup.Integer(data.Facilities.Length) + " facilities</a> and <a href=\"policies/index.md\">"
                + Markup.Integer(data.Policies.Length) + " policies</a>. Each headline figure is the preferred claim for its metric, counted by the metric's standard definition for the whole subject, with its period and source; "
                + "every other source is listed beside it, figures of another definition (a variant, named and described) and parts of the whole (named as parts) are listed apart, "
                + "each figure carries its qualifiers (bounds, estimates, plans) and, when a plausibility screen doubts it, the reason; disagreements are kept and told apart from definitional differences, "
                + "and series charts mark where the publisher or the definition changes. Each figure links to its source's entry and offers that source's citation (BibTeX, CSL-JSON); "
                + "each page offers its claims as CSV (the rows of the export's observations.csv) and its sources as BibTeX and CSL-JSON.</p>");
            page.Paragraph("Find a subject with the site's search box by any of its names, with or without accents: \"CECOT\", \"megacárcel\" or \"Terrorism Confinement Center\" finds El Salvador's Centro de Confinamiento del Terrorismo.");
            page.Paragraph("The pages are generated from the shipped data when the site is built (src/PolicyRef.Site); what they say is what the library's queries answer.");
            return page.ToString();
        }

        public static string Countries(SiteContext site)
        {
            var page = new PageText("Countries by region");
            foreach (var region in site.Data.Countries.GroupBy(c => c.Region).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                page.Html("<h2 id=\"" + Markup.Anchor("region", region.Key) + "\">" + Markup.Html(region.Key) + "</h2>");
                page.Html(List(region.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (Href: c.Id + ".md", Text: c.Name + " (" + c.Id + ")", Detail: Claims(c)))));
            }

            return page.ToString();
        }

        public static string Facilities(SiteContext site)
        {
            var data = site.Data;
            var page = new PageText("Facilities by region");
            string RegionOf(Facility f) => data.TryGetCountry(f.Country, out var c) ? c.Region : "Other";
            string CountryOf(Facility f) => data.TryGetCountry(f.Country, out var c) ? c.Name : f.Country.Value;
            foreach (var region in data.Facilities.GroupBy(RegionOf).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                page.Html("<h2 id=\"" + Markup.Anchor("region", region.Key) + "\">" + Markup.Html(region.Key) + "</h2>");
                page.Html(List(region.OrderBy(CountryOf, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)
                    .Select(f => (Href: f.Id + ".md", Text: f.DisplayName == f.Name ? f.Name : f.Name + " (" + f.DisplayName + ")", Detail: CountryOf(f) + "; " + Claims(f)))));
            }

            return page.ToString();
        }

        public static string Policies(SiteContext site)
        {
            var data = site.Data;
            var page = new PageText("Policies by kind");
            string CountryOf(Policy p) => data.TryGetCountry(p.Country, out var c) ? c.Name : p.Country.Value;
            foreach (var kind in data.Policies.GroupBy(p => p.PolicyKind).OrderBy(g => g.Key))
            {
                page.Html("<h2 id=\"" + Markup.Anchor("kind", kind.Key.ToString()) + "\">" + Markup.Html(Capitalised(Words.Of(kind.Key))) + "</h2>");
                page.Html(List(kind.OrderBy(p => p.Start).ThenBy(p => p.Id, StringComparer.Ordinal)
                    .Select(p => (Href: p.Id + ".md", Text: p.Name, Detail: CountryOf(p) + ", from " + p.Start.ToString("uuuu-MM-dd", null)))));
            }

            page.Html("<h2 id=\"by-region\">By region</h2>");
            foreach (var region in data.Policies.GroupBy(p => data.TryGetCountry(p.Country, out var c) ? c.Region : "Other").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                page.Html("<h3 id=\"" + Markup.Anchor("region", region.Key) + "\">" + Markup.Html(region.Key) + "</h3>");
                page.Html(List(region.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => (Href: p.Id + ".md", Text: p.Name, Detail: CountryOf(p)))));
            }

            return page.ToString();
        }

        private static string Claims(IClaimSubject subject) => Markup.Integer(subject.Claims.Count) + (subject.Claims.Count == 1 ? " claim" : " claims");

        private static string List(IEnumerable<(string Href, string Text, string Detail)> items)
        {
            var html = new StringBuilder("<ul class=\"subjects\">");
            foreach (var (href, text, detail) in items)
            {
                html.Append("<li><a href=\"").Append(Markup.Html(href)).Append("\">").Append(Markup.Html(text)).Append("</a> <small>").Append(Markup.Html(detail)).Append("</small></li>");
            }

            return html.Append("</ul>").ToString();
        }

        private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
