using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using PolicyRef.Model;
using PolicyRef.Queries;
using PolicyRef.Standards;

namespace PolicyRef.Site
{
    /// <summary>A facility's page: profile, population over time, every claim by metric, standards assessment, peers, disagreements, sources.</summary>
    internal static class FacilityPage
    {
        private static readonly ImmutableArray<MetricId> Profile = ImmutableArray.Create(
        new[]
        {
            MetricIds.Status, MetricIds.Opened, MetricIds.Closed, MetricIds.SecurityLevel, MetricIds.DesignCapacity, MetricIds.OfficialCapacity, MetricIds.ReportedPopulation,
            MetricIds.OccupancyLevel, MetricIds.Cells, MetricIds.InmatesPerCell, MetricIds.CellArea, MetricIds.CellConfinementHours, MetricIds.OutdoorExercise,
            MetricIds.FamilyVisits, MetricIds.Lighting, MetricIds.Bedding,
        });

        public static string Write(SiteContext site, Facility facility)
        {
            var data = site.Data;
            var page = new PageText(facility.DisplayName == facility.Name ? facility.Name : $"{facility.Name} ({facility.DisplayName})");
            var country = data.TryGetCountry(facility.Country, out var c) ? c : null;
            var place = string.Join(", ", new[] { facility.Locality, facility.Admin1 }.Where(p => p is not null));
            page.Html("<p class=\"lead\">A prison facility in " + (place.Length == 0 ? string.Empty : Markup.Html(place) + ", ")
                + (country is null ? Markup.Html(facility.Country.Value) : "<a href=\"" + SitePaths.LinkFromSubject(SubjectKind.Country, country.Id) + "\">" + Markup.Html(country.Name) + "</a>")
                + ". " + Markup.Integer(facility.Claims.Count) + " claims.</p>");
            if (facility.Aliases.Length > 0)
            {
                page.Html("<p class=\"aliases\">Also known as: " + string.Join("; ", facility.Aliases.Select(a => Markup.Html(a.Name) + " <small>(" + Markup.Html(Words.Of(a.Kind) + (a.Language is null ? string.Empty : ", " + a.Language)) + ")</small>")) + "</p>");
            }

            page.SearchTerms(facility).Downloads(site, facility);

            page.Section("Profile");
            var profile = new StringBuilder("<table class=\"profile\"><thead><tr><th>Metric</th><th>Preferred figure</th><th>Other claims</th></tr></thead><tbody>");
            var rows = 0;
            foreach (var id in Profile)
            {
                if (!data.TryGetMetric(id, out var metric) || facility.Claims.For(id).IsEmpty)
                {
                    continue;
                }

                var selection = data.Select(facility, id);
                rows++;
                profile.Append("<tr><th scope=\"row\"><a href=\"#").Append(Markup.Anchor("metric", id.Value)).Append("\">").Append(Markup.Html(metric.Name)).Append("</a></th><td>")
                    .Append(selection is null ? "none usable" : site.Claims.Figure(facility, selection.Chosen)).Append("</td><td>")
                    .Append(selection is null ? string.Empty : Markup.Integer(selection.Alternatives.Length) + (selection.HasDisagreement ? ", <span class=\"disagrees\">sources disagree</span>" : string.Empty))
                    .Append(SetAside(selection?.SetAside ?? facility.Claims.For(id).Where(c => !c.IsWhole || !c.IsStandard)))
                    .Append("</td></tr>");
            }

            page.Html(rows == 0 ? "<p>No profile figure is in the data yet.</p>" : profile.Append("</tbody></table>").ToString());

            if (data.TryGetMetric(MetricIds.ReportedPopulation, out var population) && SeriesCharts.For(site, facility, population) is { } chart)
            {
                page.Section("Population over time").Html(chart);
            }

            page.Section("Every claim, by metric");
            foreach (var metric in site.MetricsOf(facility))
            {
                page.Html(site.Claims.Metric(facility, metric));
            }

            page.Section("Standards assessment");
            page.Html(Assessment(site, facility, data.Assess(facility)));

            page.Section("Compared with peers");
            page.Html(Peers(site, facility));

            page.Conflicts(site, facility);
            page.Sources(site, facility);
            return page.ToString();
        }

        private static string Assessment(SiteContext site, Facility facility, StandardsAssessment assessment)
        {
            var html = new StringBuilder("<p>Each rule is checked against the preferred claims; where the evidence is missing or ambiguous the outcome is unknown. Met: ")
                .Append(Markup.Integer(assessment.Count(Compliance.Met))).Append(", not met: ").Append(Markup.Integer(assessment.Count(Compliance.NotMet)))
                .Append(", unknown: ").Append(Markup.Integer(assessment.Count(Compliance.Unknown))).Append(".</p>")
                .Append("<table class=\"assessment\"><thead><tr><th>Standard</th><th>Rule</th><th>Outcome</th><th>Why</th><th>Evidence</th></tr></thead><tbody>");
            foreach (var rule in assessment.Rules)
            {
                html.Append("<tr><td>").Append(Markup.Html(rule.Standard.Name)).Append("</td><td>").Append(Markup.Html(rule.Rule.Number)).Append(": ").Append(Markup.Html(rule.Rule.Summary))
                    .Append("</td><td class=\"outcome-").Append(rule.Outcome.ToString().ToLowerInvariant()).Append("\">").Append(Markup.Html(Words.Of(rule.Outcome)))
                    .Append("</td><td>").Append(Markup.Html(rule.Reason)).Append("</td><td>")
                    .Append(string.Join("<br>", rule.Evidence.Select(e => Markup.Html(MetricName(site, e.Metric)) + ": " + site.Claims.Figure(facility, e))));
                if (rule.Derived is { } derived)
                {
                    html.Append("<br>Derived: ").Append(Markup.Html(ClaimFormatter.FormatNumber(derived.Value) + " " + derived.Unit.Symbol)).Append(" (").Append(Markup.Html(derived.Formula)).Append(')');
                }

                html.Append("</td></tr>");
            }

            return html.Append("</tbody></table>").ToString();
        }

        /// <summary>
        /// Up to four peers: facilities with the same preferred security level, those of the same country first, then of the
        /// same region; without a security level, the facilities of the same country.
        /// </summary>
        internal static IReadOnlyList<Facility> PeersOf(PolicyReference data, Facility facility)
        {
            string? Level(Facility f) => data.TryGetMetric(MetricIds.SecurityLevel, out _) ? data.Select(f, MetricIds.SecurityLevel)?.Chosen.Value.ToString() : null;
            string? Region(Facility f) => data.TryGetCountry(f.Country, out var c) ? c.RegionCode : null;
            var level = Level(facility);
            return data.Facilities
                .Where(f => f.Id != facility.Id && (level is null ? f.Country == facility.Country : Level(f) == level))
                .OrderBy(f => f.Country == facility.Country ? 0 : Region(f) == Region(facility) ? 1 : 2)
                .ThenBy(f => f.Id, StringComparer.Ordinal)
                .Take(4)
                .ToList();
        }

        private static string Peers(SiteContext site, Facility facility)
        {
            var peers = PeersOf(site.Data, facility);
            if (peers.Count == 0)
            {
                return "<p>No peer (a facility with the same security level) is in the data.</p>";
            }

            var comparison = site.Data.CompareFacilities(new[] { facility }.Concat(peers).Select(f => f.Id));
            var html = new StringBuilder("<p>Peers are facilities with the same preferred security level, those of the same country and region first. Each cell is the preferred claim, linked to its source on the facility's page.</p><table class=\"peers\"><thead><tr><th>Metric</th>");
            foreach (var f in comparison.Facilities)
            {
                html.Append("<th>").Append(f.Id == facility.Id ? Markup.Html(f.DisplayName) : "<a href=\"" + SitePaths.LinkFromSubject(SubjectKind.Facility, f.Id) + "\">" + Markup.Html(f.DisplayName) + "</a>").Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var row in comparison.Rows)
            {
                html.Append("<tr><th scope=\"row\">").Append(Markup.Html(row.Metric.Name)).Append("</th>");
                foreach (var cell in row.Cells)
                {
                    html.Append("<td>").Append(cell.Selection is null ? "—" : site.Claims.Figure(facility, cell.Selection.Chosen) + (cell.HasDisagreement ? " <span class=\"disagrees\" title=\"sources disagree\">*</span>" : string.Empty));
                    if (!cell.Parts.IsEmpty)
                    {
                        html.Append("<br><small class=\"parts\">Parts, not the whole: ").Append(string.Join("; ", cell.Parts.Select(p => site.Claims.Figure(facility, p)))).Append("</small>");
                    }

                    html.Append("</td>");
                }

                html.Append("</tr>");
            }

            return html.Append("</tbody></table>").ToString();
        }

        // How many figures of a metric were set aside as parts or other definitions: they are listed under the metric, never in the profile's place of the whole.
        private static string SetAside(IEnumerable<Claim> claims)
        {
            var list = claims.ToList();
            var parts = list.Count(c => !c.IsWhole);
            var variants = list.Count(c => c.IsWhole && !c.IsStandard);
            return (parts == 0 ? string.Empty : ", <span class=\"parts\">" + Markup.Integer(parts) + (parts == 1 ? " part" : " parts") + " of the whole</span>")
                + (variants == 0 ? string.Empty : ", <span class=\"other-definitions\">" + Markup.Integer(variants) + " of another definition</span>");
        }

        private static string MetricName(SiteContext site, MetricId id) => site.Data.TryGetMetric(id, out var m) ? m.Name : id.Value;
    }
}
