using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Export
{
    /// <summary>The tables of export contract v2 (docs/export.md), typed, for every export format.</summary>
    public static class ExportTables
    {
        /// <summary>The columns of <c>observations</c>: the eight of contract version 1, then flags, definition and preferred, then the appended part, part_of and part_label.</summary>
        public static ImmutableArray<ExportField> ObservationFields { get; } = ImmutableArray.Create(
            new ExportField("subject_type", ExportFieldType.String, true, "What the claim is about: country, facility or policy."),
            new ExportField("subject_id", ExportFieldType.String, true, "The subject's id: an ISO 3166-1 alpha-3 code for a country, else the facility or policy id."),
            new ExportField("metric", ExportFieldType.String, true, "The metric id (data/metrics)."),
            new ExportField("value", ExportFieldType.Value, true, "The value as written in the data files: a number, a date (yyyy, yyyy-MM or yyyy-MM-dd) or a category id."),
            new ExportField("unit", ExportFieldType.String, true, "The unit: count, per-100k, percent, m, m2, h/day, a currency code, date or category."),
            new ExportField("period", ExportFieldType.String, true, "What the figure is for: yyyy, yyyy-MM, yyyy-MM-dd or an interval start/end."),
            new ExportField("source_id", ExportFieldType.String, true, "The source (sources.source_id)."),
            new ExportField("note", ExportFieldType.String, false, "Scope, caveats, attribution."),
            new ExportField("flags", ExportFieldType.String, false, "Semicolon-separated qualifiers: estimate, provisional, derived, planned, lower-bound, upper-bound, approximate, suspect; empty for a plain figure."),
            new ExportField("definition", ExportFieldType.String, false, "The metric variant the claim counts; empty for the metric's standard definition."),
            new ExportField("preferred", ExportFieldType.Boolean, true, "True for the claim the default preference rule picks for its subject, metric and period (fixed metrics: subject and metric); at most one per cell."),
            new ExportField("part", ExportFieldType.String, false, "The kind of part of its subject the claim counts, as the data files spell it: per-module, per-section, per-corps, per-shift, per-nationality, per-flight, per-month or per-region; empty for a whole. A part is never the preferred figure: filter part = '' to keep wholes.", appended: true),
            new ExportField("part_of", ExportFieldType.String, false, "For a part, the period of the whole it belongs to when that differs from the claim's own period (yyyy, yyyy-MM, yyyy-MM-dd or start/end); empty otherwise.", appended: true),
            new ExportField("part_label", ExportFieldType.String, false, "For a part, which part it is in words (\"soldiers\", \"Security Housing Unit\"); empty for a whole.", appended: true));

        /// <summary>The columns of <c>sources</c>.</summary>
        public static ImmutableArray<ExportField> SourceFields { get; } = ImmutableArray.Create(
            new ExportField("source_id", ExportFieldType.String, true, "The source id."),
            new ExportField("publisher", ExportFieldType.String, true, "Who published it."),
            new ExportField("title", ExportFieldType.String, true, "Its title."),
            new ExportField("url", ExportFieldType.String, false, "Where it was read."),
            new ExportField("published", ExportFieldType.Date, false, "When it was published, where known."),
            new ExportField("accessed", ExportFieldType.Date, true, "When it was read."),
            new ExportField("kind", ExportFieldType.String, true, "official-statistics, government, intergovernmental, research, ngo, press, documentary or other."));

        /// <summary>The columns of <c>countries</c>.</summary>
        public static ImmutableArray<ExportField> CountryFields { get; } = ImmutableArray.Create(
            new ExportField("country_id", ExportFieldType.String, true, "ISO 3166-1 alpha-3 code (or the id of a sub-national jurisdiction)."),
            new ExportField("name", ExportFieldType.String, true, "The country's name."),
            new ExportField("region", ExportFieldType.String, true, "Its UN M49 sub-region."));

        /// <summary>The columns of <c>facilities</c>.</summary>
        public static ImmutableArray<ExportField> FacilityFields { get; } = ImmutableArray.Create(
            new ExportField("facility_id", ExportFieldType.String, true, "The facility id."),
            new ExportField("name", ExportFieldType.String, true, "Its official name."),
            new ExportField("country", ExportFieldType.String, true, "Its country (countries.country_id)."),
            new ExportField("status", ExportFieldType.String, false, "The preferred status claim."),
            new ExportField("opened", ExportFieldType.String, false, "The preferred opening date, as precise as the source gives it (yyyy, yyyy-MM or yyyy-MM-dd)."));

        /// <summary>The columns of <c>policies</c>.</summary>
        public static ImmutableArray<ExportField> PolicyFields { get; } = ImmutableArray.Create(
            new ExportField("policy_id", ExportFieldType.String, true, "The policy id."),
            new ExportField("country", ExportFieldType.String, true, "Its country (countries.country_id)."),
            new ExportField("name", ExportFieldType.String, true, "Its name."),
            new ExportField("kind", ExportFieldType.String, true, "What kind of policy it is."),
            new ExportField("start", ExportFieldType.Date, true, "When it took effect."),
            new ExportField("end", ExportFieldType.Date, false, "When it ended; empty while in force at the latest source."));

        /// <summary>The five tables, in the order observations, sources, countries, facilities, policies.</summary>
        /// <param name="reference">The data set.</param>
        /// <returns>The tables.</returns>
        public static ImmutableArray<ExportTable> Of(PolicyReference reference)
        {
            if (reference is null)
            {
                throw new ArgumentNullException(nameof(reference));
            }

            return ImmutableArray.Create(
                Table("observations", "One row per claim: every sourced figure, disagreeing claims side by side.", ObservationFields, ImmutableArray<string>.Empty, Observations.Of(reference).Select(ObservationRow)),
                Table("sources", "One row per source: the bibliography.", SourceFields, ImmutableArray.Create("source_id"), reference.Sources.Select(s => new object?[]
                {
                    s.Id, s.Publisher, s.Title, s.Url, s.Published, s.Accessed, Vocabulary.Name(Vocabulary.SourceKinds, s.Kind),
                })),
                Table("countries", "One row per country or jurisdiction.", CountryFields, ImmutableArray.Create("country_id"), reference.Countries.Select(c => new object?[] { c.Id, c.Name, c.Region })),
                Table("facilities", "One row per facility, with its preferred status and opening date.", FacilityFields, ImmutableArray.Create("facility_id"), reference.Facilities.Select(f => new object?[]
                {
                    f.Id, f.Name, f.Country.Value, Preferred(reference, f, MetricIds.Status), Preferred(reference, f, MetricIds.Opened),
                })),
                Table("policies", "One row per policy.", PolicyFields, ImmutableArray.Create("policy_id"), reference.Policies.Select(p => new object?[]
                {
                    p.Id, p.Country.Value, p.Name, Vocabulary.Name(Vocabulary.PolicyKinds, p.PolicyKind), p.Start, p.End,
                })));
        }

        /// <summary>One row of <c>observations</c>, in the order of <see cref="ObservationFields"/>.</summary>
        internal static object?[] ObservationRow(Observation o) => new object?[]
        {
            Vocabulary.Name(Vocabulary.SubjectKindNames, o.Claim.SubjectKind), o.Claim.SubjectId, o.Claim.Metric.Value, Value(o.Claim.Value), o.Claim.Unit.Symbol,
            o.Claim.Period.ToString(), o.Claim.SourceId, o.Claim.Note, o.Flags.IsEmpty ? null : string.Join(";", o.Flags), o.Definition, o.Preferred,
            ClaimQualifiers.Part(o.Claim), ClaimQualifiers.PartOf(o.Claim), ClaimQualifiers.PartLabel(o.Claim),
        };

        private static ExportTable Table(string name, string description, ImmutableArray<ExportField> fields, ImmutableArray<string> key, IEnumerable<object?[]> rows) =>
            new ExportTable(name, description, fields, key, rows.Select(r => r.ToImmutableArray()).ToImmutableArray());

        private static object Value(ClaimValue value) => value.Kind == ClaimValueKind.Number ? value.Number : value.ToString();

        private static string? Preferred(PolicyReference reference, Facility facility, MetricId metric) =>
            reference.TryGetMetric(metric, out _) ? reference.Select(facility, metric)?.Chosen.Value.ToString() : null;
    }
}
