using System;
using System.Globalization;
using System.Linq;
using System.Text;
using PolicyRef.Model;

using PolicyRef.Internal;

namespace PolicyRef.Export
{
    /// <summary>
    /// A Markdown report of what the data set covers: per country and metric the years, latest period and
    /// publishers; Latin American and Caribbean homicide rates by publisher and year; per facility the fields filled; per policy its timeline. Generated, never edited by hand.
    /// </summary>
    public static class CoverageReport
    {
        private static readonly MetricId[] KeyFacilityMetrics = { MetricIds.Status, MetricIds.Opened, MetricIds.SecurityLevel, MetricIds.DesignCapacity, MetricIds.ReportedPopulation, MetricIds.CellArea, MetricIds.InmatesPerCell, MetricIds.FamilyVisits, MetricIds.OutdoorExercise, MetricIds.CellConfinementHours };

        /// <summary>The report for a data set.</summary>
        /// <param name="reference">The data set.</param>
        /// <returns>Markdown text with <c>\n</c> line ends.</returns>
        public static string ToMarkdown(PolicyReference reference)
        {
            if (reference is null)
            {
                throw new ArgumentNullException(nameof(reference));
            }

            var text = new StringBuilder();
            var claims = reference.Claims.ToList();
            text.Append("# Data coverage\n\n")
                .Append("Generated from PolicyRef data ").Append(reference.DataVersion).Append(" by `dotnet run --project src/PolicyRef.Cli -- coverage --out docs/coverage.md`; a test keeps it in step with `data/`.\n\n")
                .Append("| | count |\n|---|---|\n")
                .Append("| countries and jurisdictions | ").Append(reference.Countries.Length).Append(" |\n")
                .Append("| facilities | ").Append(reference.Facilities.Length).Append(" |\n")
                .Append("| policies | ").Append(reference.Policies.Length).Append(" |\n")
                .Append("| standards | ").Append(reference.Standards.Length).Append(" |\n")
                .Append("| sources | ").Append(reference.Sources.Length).Append(" |\n")
                .Append("| claims | ").Append(claims.Count).Append(" |\n")
                .Append("| claims flagged derived | ").Append(claims.Count(c => c.Has(ClaimFlags.Derived))).Append(" |\n\n");

            text.Append("## Claims by source kind\n\n| kind | sources | claims |\n|---|---|---|\n");
            foreach (var kind in Data.Vocabulary.SourceKinds.Values.Distinct().OrderBy(k => k))
            {
                var ids = new System.Collections.Generic.HashSet<string>(reference.Sources.Where(s => s.Kind == kind).Select(s => s.Id), StringComparer.Ordinal);
                text.Append("| ").Append(Data.Vocabulary.Name(Data.Vocabulary.SourceKinds, kind)).Append(" | ").Append(ids.Count).Append(" | ").Append(claims.Count(c => ids.Contains(c.SourceId))).Append(" |\n");
            }

            text.Append("\n## Facilities\n\nKey fields: ").Append(string.Join(", ", KeyFacilityMetrics.Select(m => m.Value))).Append(".\n\n")
                .Append("| facility | country | claims | key fields filled | missing | latest population |\n|---|---|---|---|---|---|\n");
            foreach (var f in reference.Facilities)
            {
                var missing = KeyFacilityMetrics.Where(m => f.Claims.For(m).IsEmpty).Select(m => m.Value).ToList();
                text.Append("| ").Append(f.Id).Append(" | ").Append(f.Country).Append(" | ").Append(f.Claims.Count).Append(" | ")
                    .Append(KeyFacilityMetrics.Length - missing.Count).Append('/').Append(KeyFacilityMetrics.Length).Append(" | ")
                    .Append(missing.Count == 0 ? "—" : string.Join(", ", missing)).Append(" | ")
                    .Append(reference.LatestPeriod(f, MetricIds.ReportedPopulation)?.ToString() ?? "—").Append(" |\n");
            }

            text.Append("\n## Policies\n\n| policy | country | start | end | events | provisions | claims |\n|---|---|---|---|---|---|---|\n");
            foreach (var p in reference.Policies)
            {
                text.Append("| ").Append(p.Id).Append(" | ").Append(p.Country).Append(" | ").Append(IsoDates.Format(p.Start)).Append(" | ")
                    .Append(p.End is null ? "in force" : IsoDates.Format(p.End.Value)).Append(" | ").Append(p.Events.Length).Append(" | ")
                    .Append(p.Provisions.Length).Append(" | ").Append(p.Claims.Count).Append(" |\n");
            }

            PublisherPanelSection.Append(text, reference);

            text.Append("\n## Countries\n\nPer country and metric: the calendar years the claims cover, the number of claims, the latest period and the publishers.\n\n")
                .Append("| country | metric | years | claims | latest | publishers |\n|---|---|---|---|---|---|\n");
            foreach (var c in reference.Countries)
            {
                foreach (var metric in c.Claims.Metrics)
                {
                    var set = c.Claims.For(metric);
                    var years = set.Select(x => x.Period.End.Year).Distinct().ToList();
                    var publishers = set.Select(x => reference.GetSource(x.SourceId).Publisher).Distinct(StringComparer.Ordinal).Count();
                    text.Append("| ").Append(c.Id).Append(" | ").Append(metric).Append(" | ")
                        .Append(set.Min(x => x.Period.Start.Year)).Append('–').Append(years.Max()).Append(" (").Append(years.Count).Append(") | ")
                        .Append(set.Length).Append(" | ").Append(reference.LatestPeriod(c, metric)).Append(" | ").Append(publishers).Append(" |\n");
                }
            }

            return text.ToString();
        }

    }
}
