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
        public static IReadOnlyList<string> ObservationColumns { get; } = Array.AsReadOnly(new[] { "subject_type", "subject_id", "metric", "value", "unit", "period", "source_id", "note" });

        /// <summary>The columns of <c>sources.csv</c>.</summary>
        public static IReadOnlyList<string> SourceColumns { get; } = Array.AsReadOnly(new[] { "source_id", "publisher", "title", "url", "published", "accessed", "kind" });

        /// <summary>The columns of <c>countries.csv</c>.</summary>
        public static IReadOnlyList<string> CountryColumns { get; } = Array.AsReadOnly(new[] { "country_id", "name", "region" });

        /// <summary>The columns of <c>facilities.csv</c>.</summary>
        public static IReadOnlyList<string> FacilityColumns { get; } = Array.AsReadOnly(new[] { "facility_id", "name", "country", "status", "opened" });

        /// <summary>The columns of <c>policies.csv</c>.</summary>
        public static IReadOnlyList<string> PolicyColumns { get; } = Array.AsReadOnly(new[] { "policy_id", "country", "name", "kind", "start", "end" });

        /// <summary>
        /// A field as every export writes it (RFC 4180): a cell a spreadsheet would run as a formula (starting with =, +, -,
        /// @, tab or carriage return, unless it is a plain number such as <c>-3.5</c>) gets a leading apostrophe; a field
        /// with a comma, a quote or a line break is quoted, with quotes doubled. See docs/export.md.
        /// </summary>
        /// <param name="field">The text; null or empty gives an empty field.</param>
        /// <returns>The field.</returns>
        public static string EscapeField(string? field) => CsvWriter.Escape(field);

        /// <summary>
        /// Writes the five files as <paramref name="directory"/>, whole or not at all: into a new directory beside it that
        /// is then renamed (see docs/export.md). The directory must not exist, be empty, or hold an earlier export (which
        /// is replaced); it must not be a symbolic link or a directory the set was loaded from.
        /// </summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory.</param>
        /// <exception cref="ArgumentException">The directory is one the set was loaded from, a link, a file, or holds other files.</exception>
        /// <exception cref="IOException">Writing failed; nothing was left at <paramref name="directory"/>.</exception>
        public static void Write(PolicyReference reference, string directory) =>
            ExportDirectory.Write(reference, directory, "csv", into => WriteFiles(reference, into));

        private static void WriteFiles(PolicyReference reference, string directory)
        {
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
            reference.Subjects.SelectMany(subject => subject.Claims
                .OrderBy(c => c.Metric)
                .ThenBy(c => c.Period)
                .ThenBy(c => c.SourceId, StringComparer.Ordinal)
                .Select(c => new[]
                {
                    Vocabulary.Name(Vocabulary.SubjectKindNames, c.SubjectKind), c.SubjectId, c.Metric.Value, c.Value.ToString(), c.Unit.Symbol, c.Period.ToString(), c.SourceId, c.Note,
                }));

        private static string? Preferred(PolicyReference reference, Facility facility, MetricId metric) =>
            reference.TryGetMetric(metric, out _) ? reference.Select(facility, metric)?.Chosen.Value.ToString() : null;

    }
}
