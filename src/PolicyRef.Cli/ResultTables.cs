using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Export;
using PolicyRef.Model;
using PolicyRef.Queries;
using PolicyRef.Standards;

namespace PolicyRef.Cli
{
    /// <summary>
    /// Each query result as rows for <c>--format csv|json|markdown</c>; every row keeps its period and source id, and
    /// every claim its unit, flags and definition (appended columns, so earlier columns keep their places).
    /// </summary>
    internal static class ResultTables
    {
        public static Tabular Of(FacilityComparison comparison) => new Tabular(
            new[] { "metric", "facility_id", "value", "unit", "period", "source_id", "sources_disagree", "flags", "definition", "parts" },
            comparison.Rows.SelectMany(r => r.Cells.Where(c => c.Selection is not null).Select(c => Row(
                r.Metric.Id.Value, c.Facility.Id, Value(c.Selection!.Chosen), c.Selection.Chosen.Unit.Symbol, c.Selection.Chosen.Period.ToString(), c.Selection.Chosen.SourceId, c.HasDisagreement,
                Flags(c.Selection.Chosen), Definition(c.Selection.Chosen), Parts(c.Selection)))));

        public static Tabular Of(Ranking ranking) => new Tabular(
            new[] { "rank", "subject_id", "name", "value", "unit", "period", "source_id", "sources_disagree", "warnings", "flags", "definition" },
            ranking.Rows.Select(r => Row(
                r.Rank, r.Subject.Id, r.Subject.DisplayName, r.Value, r.Claim.Unit.Symbol, r.Period.ToString(), r.Source.Id, r.Selection.HasDisagreement, string.Join("; ", r.Warnings),
                Flags(r.Claim), Definition(r.Claim))));

        /// <summary>The columns of a series, also when there are no series to write.</summary>
        public static System.Collections.Generic.IReadOnlyList<string> SeriesColumns { get; } = new[] { "subject_id", "metric", "publisher", "period", "value", "unit", "source_id", "filled", "flags", "definition", "break" };

        public static Tabular Of(Series series) => new Tabular(
            SeriesColumns,
            series.Points.Select(p => Row(
                series.Subject.Id, series.Metric.Id.Value, series.Publisher, p.Period.ToString(), p.Value, p.Claim?.Unit.Symbol ?? series.Metric.Unit.Symbol, p.Claim?.SourceId, p.IsFilled,
                p.Claim is null ? ImmutableArray<string>.Empty : Flags(p.Claim), p.Claim is null ? null : Definition(p.Claim), p.BreakReason)));

        public static Tabular Of(ConflictReport report) => !report.Suspects.IsEmpty ? new Tabular(
            new[] { "subject_type", "subject_id", "metric", "period", "value", "unit", "source_id", "flags", "suspect_reason" },
            report.Suspects.Select(c => Row(
                c.SubjectKind.ToString().ToLowerInvariant(), c.SubjectId, c.Metric.Value, c.Period.ToString(), Value(c), c.Unit.Symbol, c.SourceId, Flags(c), c.SuspectReason))) : new Tabular(
            new[] { "subject_type", "subject_id", "metric", "period", "spread", "value", "unit", "claim_period", "source_id", "kind", "explained", "flags", "definition", "part" },
            report.Conflicts.SelectMany(c => c.Claims.Select(x => Row(
                c.Subject.Kind.ToString().ToLowerInvariant(), c.Subject.Id, c.Metric.Id.Value, c.Period?.ToString(), decimal.Round(c.Spread, 4), Value(x), x.Unit.Symbol, x.Period.ToString(), x.SourceId,
                c.Kind.ToString().ToLowerInvariant(), c.IsExplained, Flags(x), Definition(x), x.Part?.ToString()))));

        /// <summary>One row per rule and piece of evidence (one row for a rule without evidence), so that each claim keeps its own value, unit and flags.</summary>
        public static Tabular Of(StandardsAssessment assessment) => new Tabular(
            new[] { "facility_id", "standard", "rule", "number", "outcome", "reason", "evidence_source_ids", "evidence_metric", "evidence_value", "evidence_unit", "evidence_period", "evidence_source_id", "evidence_flags", "evidence_definition" },
            assessment.Rules.SelectMany(r => (r.Evidence.IsEmpty ? new Claim?[] { null } : r.Evidence.Select(e => (Claim?)e)).Select(e => Row(
                assessment.Facility.Id, r.Standard.Id, r.Rule.Id, r.Rule.Number, r.Outcome.ToString(), r.Reason, string.Join(" ", r.Evidence.Select(x => x.SourceId).Distinct()),
                e?.Metric.Value, e is null ? null : Value(e), e?.Unit.Symbol, e?.Period.ToString(), e?.SourceId, e is null ? ImmutableArray<string>.Empty : Flags(e), e is null ? null : Definition(e)))));

        /// <summary>Every claim of a subject, one row each, with the preferred claim of each cell marked as in <c>observations.csv</c>.</summary>
        public static Tabular Of(PolicyReference reference, IClaimSubject subject) => new Tabular(
            new[] { "subject_type", "subject_id", "metric", "value", "unit", "period", "source_id", "note", "flags", "definition", "preferred" },
            Observations.Of(reference, subject).Select(o => Row(
                subject.Kind.ToString().ToLowerInvariant(), subject.Id, o.Claim.Metric.Value, Value(o.Claim), o.Claim.Unit.Symbol, o.Claim.Period.ToString(), o.Claim.SourceId, o.Claim.Note,
                o.Flags, o.Definition, o.Preferred)));

        private static IReadOnlyList<object?> Row(params object?[] values) => values;

        private static string Parts(ClaimSelection selection) =>
            string.Join("; ", selection.SetAside.Where(c => c.Part is not null).Select(c => $"{ClaimFormatter.FormatNumberOf(c)} {c.Part} [{c.SourceId}]"));

        private static object Value(Claim claim) => claim.Value.Kind == ClaimValueKind.Number ? claim.Value.Number : (object)claim.Value.ToString();

        private static ImmutableArray<string> Flags(Claim claim) => ClaimQualifiers.Flags(claim);

        private static string? Definition(Claim claim) => ClaimQualifiers.Definition(claim);

        // The flags of every claim a window's mean is made of, each named once.
        public static ImmutableArray<string> Flags(ImmutableArray<SeriesPoint> points) =>
            points.Where(p => p.Claim is not null).SelectMany(p => ClaimQualifiers.Flags(p.Claim!)).Distinct().OrderBy(f => IndexOf(f)).ToImmutableArray();

        private static int IndexOf(string flag)
        {
            for (var i = 0; i < ClaimQualifiers.FlagNames.Count; i++)
            {
                if (ClaimQualifiers.FlagNames[i] == flag)
                {
                    return i;
                }
            }

            return int.MaxValue;
        }
    }
}
