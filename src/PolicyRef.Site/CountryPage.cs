using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using PolicyRef.Model;

namespace PolicyRef.Site
{
    /// <summary>A country's page: key figures with every voice, charts over time, its policies and facilities, disagreements, withheld statistics, sources.</summary>
    internal static class CountryPage
    {
        // The figures a reader looks for first; the other metrics follow in id order.
        private static readonly ImmutableArray<MetricId> KeyMetrics = ImmutableArray.Create(
        new[]
        {
            MetricIds.PrisonPopulationRate, MetricIds.PrisonPopulationTotal, MetricIds.OccupancyLevel, MetricIds.OfficialCapacity, MetricIds.PretrialShare,
            MetricIds.FemaleShare, MetricIds.ForeignShare, MetricIds.PrisonEstablishments, MetricIds.DeathsInCustody, MetricIds.HomicideRate, MetricIds.HomicidesTotal,
            MetricIds.Population, MetricIds.PrisonStatisticsPublication,
        });

        public static string Write(SiteContext site, Country country)
        {
            var page = new PageText($"{country.Name} ({country.Code.Value})");
            page.Html("<p class=\"lead\">" + Markup.Html(country.Name) + " in <a href=\"index.md#" + Markup.Anchor("region", country.Region) + "\">" + Markup.Html(country.Region) + "</a>"
                + (country.M49 is null ? string.Empty : ", UN M49 code " + Markup.Html(country.M49)) + ". " + Markup.Integer(country.Claims.Count)
                + " claims. Each figure is the preferred claim for its metric, with its period and source, and every other source beside it.</p>");
            page.SearchTerms(country).Downloads(site, country);

            page.Section("Key figures");
            var metrics = site.MetricsOf(country).OrderBy(m => KeyMetrics.IndexOf(m.Id) is var at && at >= 0 ? at : KeyMetrics.Length).ToList();
            if (metrics.Count == 0)
            {
                page.Paragraph("The data has no figure for " + country.Name + " yet.");
            }

            foreach (var metric in metrics)
            {
                page.Html(site.Claims.Metric(country, metric));
            }

            var charts = metrics.Where(SeriesCharts.Drawable).Select(m => SeriesCharts.For(site, country, m)).Where(c => c is not null).ToList();
            if (charts.Count > 0)
            {
                page.Section("Over time");
                foreach (var chart in charts)
                {
                    page.Html(chart!);
                }
            }

            page.Section("Policies and facilities");
            page.Html(Links(site.Data.Policies.Where(p => p.Country == country.Code), "policies", "No policy of " + country.Name + " is in the data."));
            page.Html(Links(site.Data.Facilities.Where(f => f.Country == country.Code), "facilities", "No facility of " + country.Name + " is in the data."));

            page.Conflicts(site, country);

            page.Section("Withheld statistics");
            page.Html(Withheld(site, country));

            page.Sources(site, country);
            return page.ToString();
        }

        private static string Withheld(SiteContext site, Country country)
        {
            var latest = site.Data.WithheldStatistics(country);
            var withheld = country.Claims.For(MetricIds.PrisonStatisticsPublication)
                .Where(c => c.Value.Kind == ClaimValueKind.Category && c.Value.Category == "withheld")
                .OrderByDescending(c => c.Period).ThenBy(c => c.SourceId, StringComparer.Ordinal)
                .ToList();
            if (withheld.Count == 0)
            {
                return "<p>No claim in the data reports " + Markup.Html(country.Name) + "'s prison statistics as withheld.</p>";
            }

            var figures = string.Join("; ", withheld.Select(c => site.Claims.Figure(country, c) + (c.Note is null ? string.Empty : " (" + Markup.Html(c.Note) + ")")));
            return latest is not null
                ? "<p>The preferred claim on publication says " + Markup.Html(country.Name) + "'s prison statistics are withheld. Claims that say so: " + figures + "</p>"
                : "<p>Some sources report " + Markup.Html(country.Name) + "'s prison statistics as withheld, but the preferred claim on publication does not (see <a href=\"#"
                    + Markup.Anchor("metric", MetricIds.PrisonStatisticsPublication.Value) + "\">publication of prison statistics</a>). Claims that say so: " + figures + "</p>";
        }

        private static string Links(System.Collections.Generic.IEnumerable<IClaimSubject> subjects, string what, string none)
        {
            var list = subjects.OrderBy(s => s.Id, System.StringComparer.Ordinal).ToList();
            if (list.Count == 0)
            {
                return "<p>" + Markup.Html(none) + "</p>";
            }

            var html = new StringBuilder("<p><strong>" + Markup.Html(what.Substring(0, 1).ToUpperInvariant() + what.Substring(1)) + ":</strong></p><ul class=\"" + what + "\">");
            foreach (var s in list)
            {
                html.Append("<li><a href=\"").Append(SitePaths.LinkFromSubject(s.Kind, s.Id)).Append("\">").Append(Markup.Html(s.DisplayName)).Append("</a></li>");
            }

            return html.Append("</ul>").ToString();
        }
    }
}
