using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Model;

using PolicyRef.Internal;

namespace PolicyRef.Export
{
    /// <summary>
    /// Writes a data set as the stable CSV export: <c>observations.csv</c>, <c>sources.csv</c>,
    /// <c>countries.csv</c>, <c>facilities.csv</c> and <c>policies.csv</c> (see docs/export.md).
    /// </summary>
    public static class CsvExport
    {
        /// <summary>The columns of <c>observations.csv</c>.</summary>
        public static IReadOnlyList<string> ObservationColumns { get; } = Array.AsReadOnly(new[] { "subject_type", "subject_id", "metric", "value", "unit", "period", "source_id", "note", "flags", "definition", "preferred" });

        /// <summary>The columns of <c>sources.csv</c>.</summary>
        public static IReadOnlyList<string> SourceColumns { get; } = Array.AsReadOnly(new[] { "source_id", "publisher", "title", "url", "published", "accessed", "kind" });

        /// <summary>The columns of <c>countries.csv</c>.</summary>
        public static IReadOnlyList<string> CountryColumns { get; } = Array.AsReadOnly(new[] { "country_id", "name", "region" });

        /// <summary>The columns of <c>facilities.csv</c>.</summary>
        public static IReadOnlyList<string> FacilityColumns { get; } = Array.AsReadOnly(new[] { "facility_id", "name", "country", "status", "opened" });

        /// <summary>The columns of <c>policies.csv</c>.</summary>
        public static IReadOnlyList<string> PolicyColumns { get; } = Array.AsReadOnly(new[] { "policy_id", "country", "name", "kind", "start", "end" });

        /// <summary>Writes the five files into <paramref name="directory"/>, creating it if needed and replacing files of the same names.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory.</param>
        public static void Write(PolicyReference reference, string directory)
        {
            if (reference is null || directory is null)
            {
                throw new ArgumentNullException(reference is null ? nameof(reference) : nameof(directory));
            }

            Directory.CreateDirectory(directory);
            CsvWriter.Write(Path.Combine(directory, "observations.csv"), ObservationColumns, Observations(reference));
            CsvWriter.Write(Path.Combine(directory, "sources.csv"), SourceColumns, reference.Sources.Select(s => new[]
            {
                s.Id, s.Publisher, s.Title, s.Url, IsoDates.Format(s.Published), IsoDates.Format(s.Accessed), Vocabulary.Name(Vocabulary.SourceKinds, s.Kind),
            }));
            CsvWriter.Write(Path.Combine(directory, "countries.csv"), CountryColumns, reference.Countries.Select(c => new[] { c.Id, c.Name, c.Region }));
            CsvWriter.Write(Path.Combine(directory, "facilities.csv"), FacilityColumns, reference.Facilities.Select(f => new[]
            {
                f.Id, f.Name, f.Country.Value, Preferred(reference, f, Metrics.Status), Preferred(reference, f, Metrics.Opened),
            }));
            CsvWriter.Write(Path.Combine(directory, "policies.csv"), PolicyColumns, reference.Policies.Select(p => new[]
            {
                p.Id, p.Country.Value, p.Name, Vocabulary.Name(Vocabulary.PolicyKinds, p.PolicyKind), IsoDates.Format(p.Start), IsoDates.Format(p.End),
            }));
        }

        private static IEnumerable<string?[]> Observations(PolicyReference reference) =>
            Export.Observations.Of(reference).Select(row => new[]
            {
                Vocabulary.Name(Vocabulary.SubjectKindNames, row.Claim.SubjectKind), row.Claim.SubjectId, row.Claim.Metric.Value, row.Claim.Value.ToString(), row.Claim.Unit.Symbol,
                row.Claim.Period.ToString(), row.Claim.SourceId, row.Claim.Note, string.Join(";", row.Flags), row.Definition, row.Preferred ? "true" : "false",
            });

        private static string? Preferred(PolicyReference reference, Facility facility, MetricId metric) =>
            reference.TryGetMetric(metric, out _) ? reference.Select(facility, metric)?.Chosen.Value.ToString() : null;

    }
}
