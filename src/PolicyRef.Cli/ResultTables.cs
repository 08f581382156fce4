using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;
using PolicyRef.Standards;

namespace PolicyRef.Cli
{
    /// <summary>Each query result as rows for <c>--format csv|json|markdown</c>; every row keeps its period and source id.</summary>
    internal static class ResultTables
    {
        public static Tabular Of(FacilityComparison comparison) => new Tabular(
            new[] { "metric", "facility_id", "value", "unit", "period", "source_id", "sources_disagree", "flags", "definition", "parts" },
            comparison.Rows.SelectMany(r => r.Cells.Where(c => c.Selection is not null).Select(c => (System.Collections.Generic.IReadOnlyList<object?>)new object?[]
            {
                r.Metric.Id.Value, c.Facility.Id, Value(c.Selection!.Chosen), c.Selection.Chosen.Unit.Symbol, c.Selection.Chosen.Period.ToString(), c.Selection.Chosen.SourceId, c.HasDisagreement,
                ClaimFormatter.FlagNames(c.Selection.Chosen), c.Selection.Chosen.Definition, Parts(c.Selection),
            })));

        public static Tabular Of(Ranking ranking) => new Tabular(
            new[] { "rank", "subject_id", "name", "value", "unit", "period", "source_id", "sources_disagree", "warnings", "flags", "definition" },
            ranking.Rows.Select(r => (System.Collections.Generic.IReadOnlyList<object?>)new object?[]
            {
                r.Rank, r.Subject.Id, r.Subject.DisplayName, r.Value, r.Claim.Unit.Symbol, r.Period.ToString(), r.Source.Id, r.Selection.HasDisagreement, string.Join("; ", r.Warnings),
                ClaimFormatter.FlagNames(r.Claim), r.Claim.Definition,
            }));

        /// <summary>The columns of a series, also when there are no series to write.</summary>
        public static System.Collections.Generic.IReadOnlyList<string> SeriesColumns { get; } = new[] { "subject_id", "metric", "publisher", "period", "value", "unit", "source_id", "filled", "definition", "break" };

        public static Tabular Of(Series series) => new Tabular(
            SeriesColumns,
            series.Points.Select(p => (System.Collections.Generic.IReadOnlyList<object?>)new object?[]
            {
                series.Subject.Id, series.Metric.Id.Value, series.Publisher, p.Period.ToString(), p.Value, series.Metric.Unit.Symbol, p.Claim?.SourceId, p.IsFilled, p.Claim?.Definition, p.BreakReason,
            }));

        public static Tabular Of(ConflictReport report) => !report.Suspects.IsEmpty ? new Tabular(
            new[] { "subject_type", "subject_id", "metric", "period", "value", "unit", "source_id", "flags", "suspect_reason" },
            report.Suspects.Select(c => (System.Collections.Generic.IReadOnlyList<object?>)new object?[]
            {
                c.SubjectKind.ToString().ToLowerInvariant(), c.SubjectId, c.Metric.Value, c.Period.ToString(), Value(c), c.Unit.Symbol, c.SourceId, ClaimFormatter.FlagNames(c), c.SuspectReason,
            })) : new Tabular(
            new[] { "subject_type", "subject_id", "metric", "period", "spread", "value", "unit", "claim_period", "source_id", "kind", "explained", "flags", "definition", "part" },
            report.Conflicts.SelectMany(c => c.Claims.Select(x => (System.Collections.Generic.IReadOnlyList<object?>)new object?[]
            {
                c.Subject.Kind.ToString().ToLowerInvariant(), c.Subject.Id, c.Metric.Id.Value, c.Period?.ToString(), decimal.Round(c.Spread, 4), Value(x), x.Unit.Symbol, x.Period.ToString(), x.SourceId,
                c.Kind.ToString().ToLowerInvariant(), c.IsExplained, ClaimFormatter.FlagNames(x), x.Definition, x.Part?.ToString(),
            })));

        public static Tabular Of(StandardsAssessment assessment) => new Tabular(
            new[] { "facility_id", "standard", "rule", "number", "outcome", "reason", "evidence_source_ids" },
            assessment.Rules.Select(r => (System.Collections.Generic.IReadOnlyList<object?>)new object?[]
            {
                assessment.Facility.Id, r.Standard.Id, r.Rule.Id, r.Rule.Number, r.Outcome.ToString(), r.Reason, string.Join(" ", r.Evidence.Select(e => e.SourceId).Distinct()),
            }));

        private static string Parts(ClaimSelection selection) =>
            string.Join("; ", selection.SetAside.Where(c => c.Part is not null).Select(c => $"{ClaimFormatter.FormatValue(c)} {c.Part} [{c.SourceId}]"));

        private static object Value(Claim claim) => claim.Value.Kind == ClaimValueKind.Number ? claim.Value.Number : (object)claim.Value.ToString();
    }
}
