using System.Collections.Immutable;
using System.Linq;
using System.Text;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Site
{
    /// <summary>A policy's page: timeline, provisions, its own figures, the country's figures over its span, the before/after comparison, sources.</summary>
    internal static class PolicyPage
    {
        private static readonly ImmutableArray<MetricId> CountryMetrics = ImmutableArray.Create(MetricIds.HomicideRate, MetricIds.PrisonPopulationRate, MetricIds.PrisonPopulationTotal);

        private static readonly ImmutableArray<MetricId> ImpactMetrics = ImmutableArray.Create(MetricIds.HomicideRate, MetricIds.PrisonPopulationRate);

        public static string Write(SiteContext site, Policy policy)
        {
            var data = site.Data;
            var country = data.TryGetCountry(policy.Country, out var c) ? c : null;
            var page = new PageText(policy.Name);
            page.Html("<p class=\"lead\">" + Markup.Html(Capitalised(Words.Of(policy.PolicyKind))) + " in "
                + (country is null ? Markup.Html(policy.Country.Value) : "<a href=\"" + SitePaths.LinkFromSubject(SubjectKind.Country, country.Id) + "\">" + Markup.Html(country.Name) + "</a>")
                + ", in force from " + Date(policy.Start) + (policy.End is null ? " (no end in the data)" : " to " + Date(policy.End.Value))
                + (policy.Instrument is null ? string.Empty : "; instrument: " + Markup.Html(policy.Instrument)) + ".</p>");
            page.Html("<p class=\"summary\">" + Markup.Html(policy.Summary) + "</p>");
            if (policy.Aliases.Length > 0)
            {
                page.Html("<p class=\"aliases\">Also known as: " + string.Join("; ", policy.Aliases.Select(a => Markup.Html(a.Name))) + "</p>");
            }

            page.SearchTerms(policy).Downloads(site, policy);

            page.Section("Timeline");
            page.Html(policy.Events.IsEmpty ? "<p>No event of this policy is in the data.</p>" : Table(
                "<tr><th>Date</th><th>Event</th><th>What happened</th><th>Source</th></tr>",
                policy.Events.OrderBy(e => e.Date).Select(e => "<tr><td>" + Date(e.Date) + "</td><td>" + Markup.Html(Words.Of(e.Kind)) + "</td><td>" + Markup.Html(e.Description) + "</td><td>" + SourceHere(site, e.SourceId) + "</td></tr>")));

            page.Section("Provisions");
            page.Html(policy.Provisions.IsEmpty ? "<p>No provision of this policy is in the data.</p>" : Table(
                "<tr><th>Kind</th><th>Provision</th><th>Source</th></tr>",
                policy.Provisions.Select(p => "<tr><td>" + Markup.Html(Words.Of(p.Kind)) + "</td><td>" + Markup.Html(p.Description) + "</td><td>" + SourceHere(site, p.SourceId) + "</td></tr>")));

            page.Section("Figures of the policy");
            var metrics = site.MetricsOf(policy);
            if (metrics.Count == 0)
            {
                page.Paragraph("No figure about the policy itself (people held under it, arrests, extensions) is in the data.");
            }

            foreach (var metric in metrics)
            {
                page.Html(site.Claims.Metric(policy, metric));
                if (SeriesCharts.Drawable(metric) && SeriesCharts.For(site, policy, metric) is { } own)
                {
                    page.Html(own);
                }
            }

            var span = (policy.Start, policy.End, policy.Name + " in force");
            if (country is not null)
            {
                var charts = CountryMetrics.Where(m => data.TryGetMetric(m, out _)).Select(m => SeriesCharts.For(site, country, data.GetMetric(m), span)).Where(x => x is not null).ToList();
                if (charts.Count > 0)
                {
                    page.Section("The country's figures over its span");
                    page.Paragraph("The shaded band is the time the policy has been in force. Each chart is the country's yearly series; the figures and their sources are on the country's page.");
                    foreach (var chart in charts)
                    {
                        page.Html(chart!);
                    }
                }

                page.Section("Before and after");
                page.Paragraph("The mean of the country's yearly figures in the three years before the policy's start year and the two years after, against the other countries of its UN M49 sub-region. It describes what happened; it does not show that the policy caused it.");
                foreach (var metric in ImpactMetrics.Where(m => data.TryGetMetric(m, out _) && !country.Claims.For(m).IsEmpty))
                {
                    page.Html(Impact(site, policy, data.Impact(policy, metric, ImpactOptions.Years(3, 2))));
                }
            }

            page.Conflicts(site, policy);
            page.Sources(site, policy);
            return page.ToString();
        }

        private static string Impact(SiteContext site, Policy policy, ImpactAnalysis impact)
        {
            var treated = impact.Treated;
            var html = new StringBuilder("<section class=\"estimate\" id=\"").Append(Markup.Anchor("estimate", impact.Metric.Id.Value)).Append("\"><h3>")
                .Append(Markup.Html(impact.Metric.Name)).Append("</h3><table class=\"estimate\"><tbody>")
                .Append("<tr><th scope=\"row\">").Append(Markup.Html(treated.Country.Name)).Append(", mean ").Append(Markup.Integer(treated.Before.FirstYear)).Append('–').Append(Markup.Integer(treated.Before.LastYear))
                .Append("</th><td>").Append(Comparability.Number(treated.Before.Mean)).Append("</td></tr>")
                .Append("<tr><th scope=\"row\">").Append(Markup.Html(treated.Country.Name)).Append(", mean ").Append(Markup.Integer(treated.After.FirstYear)).Append('–').Append(Markup.Integer(treated.After.LastYear))
                .Append("</th><td>").Append(Comparability.Number(treated.After.Mean)).Append("</td></tr>")
                .Append("<tr><th scope=\"row\">Change</th><td>").Append(Comparability.Number(treated.Change)).Append("</td></tr>")
                .Append("<tr><th scope=\"row\">Comparison group's mean change</th><td>").Append(Comparability.Number(impact.ComparisonChange)).Append("</td></tr>")
                .Append("<tr><th scope=\"row\">Difference-in-differences</th><td>").Append(Comparability.Number(impact.DifferenceInDifferences)).Append(' ').Append(Markup.Html(impact.Metric.Unit.Symbol)).Append("</td></tr>")
                .Append("</tbody></table>");
            html.Append("<p><strong>Diagnostics</strong></p>").Append(Comparability.EstimateDiagnostics(impact));
            html.Append("<details><summary>The figures used (").Append(Markup.Integer(impact.Comparison.Length + 1)).Append(" countries)</summary><table class=\"windows\"><thead><tr><th>Country</th><th>Before</th><th>After</th><th>Change</th></tr></thead><tbody>");
            foreach (var subject in new[] { treated }.Concat(impact.Comparison))
            {
                html.Append("<tr><td><a href=\"").Append(SitePaths.LinkFromSubject(SubjectKind.Country, subject.Country.Id)).Append("\">").Append(Markup.Html(subject.Country.Name)).Append("</a></td><td>")
                    .Append(Window(site, policy, subject.Before)).Append("</td><td>").Append(Window(site, policy, subject.After)).Append("</td><td>").Append(Comparability.Number(subject.Change)).Append("</td></tr>");
            }

            html.Append("</tbody></table></details><p><strong>Limitations</strong></p><ul class=\"limitations\">");
            foreach (var limit in impact.Limitations)
            {
                html.Append("<li>").Append(Markup.Html(limit)).Append("</li>");
            }

            return html.Append("</ul></section>").ToString();
        }

        private static string Window(SiteContext site, Policy policy, ImpactWindow window) =>
            window.Points.IsEmpty ? "no figure" : string.Join("<br>", window.Points.Where(p => p.Claim is not null).Select(p => site.Claims.Figure(policy, p.Claim!)));

        private static string SourceHere(SiteContext site, string sourceId) =>
            "<a class=\"source\" href=\"#" + SitePaths.SourceAnchor(sourceId) + "\">" + Markup.Html(site.Data.TryGetSource(sourceId, out var s) ? s.Publisher : sourceId) + "</a>";

        private static string Table(string head, System.Collections.Generic.IEnumerable<string> rows) =>
            "<table><thead>" + head + "</thead><tbody>" + string.Concat(rows) + "</tbody></table>";

        private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", null);

        private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
