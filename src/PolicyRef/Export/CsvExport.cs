using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PolicyRef.Export
{
    /// <summary>
    /// Writes a data set as the stable CSV export: <c>observations.csv</c>, <c>sources.csv</c>,
    /// <c>countries.csv</c>, <c>facilities.csv</c> and <c>policies.csv</c> (see docs/export.md).
    /// </summary>
    public static class CsvExport
    {
        /// <summary>The columns of <c>observations.csv</c>.</summary>
        public static IReadOnlyList<string> ObservationColumns { get; } = Names(ExportTables.ObservationFields);

        /// <summary>The columns of <c>sources.csv</c>.</summary>
        public static IReadOnlyList<string> SourceColumns { get; } = Names(ExportTables.SourceFields);

        /// <summary>The columns of <c>countries.csv</c>.</summary>
        public static IReadOnlyList<string> CountryColumns { get; } = Names(ExportTables.CountryFields);

        /// <summary>The columns of <c>facilities.csv</c>.</summary>
        public static IReadOnlyList<string> FacilityColumns { get; } = Names(ExportTables.FacilityFields);

        /// <summary>The columns of <c>policies.csv</c>.</summary>
        public static IReadOnlyList<string> PolicyColumns { get; } = Names(ExportTables.PolicyFields);

        /// <summary>
        /// A field as every export writes it (RFC 4180): a cell a spreadsheet would run as a formula (starting with =, +, -,
        /// @, tab or carriage return, unless it is a plain number such as <c>-3.5</c>) gets a leading apostrophe; a field
        /// with a comma, a quote or a line break is quoted, with quotes doubled. See docs/export.md.
        /// </summary>
        /// <param name="field">The text; null or empty gives an empty field.</param>
        /// <returns>The field.</returns>
        public static string EscapeField(string? field) => CsvWriter.Escape(field);

        /// <summary>
        /// Writes the five files and their <c>datapackage.json</c> as <paramref name="directory"/>, whole or not at all: into a new directory beside it that
        /// is then renamed (see docs/export.md). The directory must not exist, be empty, or hold an earlier export (which
        /// is replaced); it must not be a symbolic link or a directory the set was loaded from.
        /// </summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory.</param>
        /// <exception cref="ArgumentException">The directory is one the set was loaded from, a link, a file, or holds other files.</exception>
        /// <exception cref="IOException">Writing failed; nothing was left at <paramref name="directory"/>.</exception>
        public static void Write(PolicyReference reference, string directory) =>
            ExportDirectory.Write(reference, directory, "csv", into => WriteFiles(reference, into));

        /// <summary>
        /// One subject's part of <c>observations.csv</c>: the header, then the subject's rows as the export writes them,
        /// byte for byte (the same columns, order, escaping and <c>preferred</c> marks).
        /// </summary>
        /// <param name="reference">The data set.</param>
        /// <param name="subject">A country, facility or policy of it.</param>
        /// <returns>The CSV text.</returns>
        public static string ObservationsOf(PolicyReference reference, Model.IClaimSubject subject) =>
            CsvWriter.ToText(ObservationColumns, Observations.Of(reference, subject).Select(o => (IReadOnlyList<string?>)ExportTables.ObservationRow(o).Select(ExportTable.Text).ToArray()));

        private static void WriteFiles(PolicyReference reference, string directory)
        {
            foreach (var table in ExportTables.Of(reference))
            {
                CsvWriter.Write(Path.Combine(directory, table.Name + ".csv"), Names(table.Fields), table.TextRows());
            }

            DataPackage.Write(reference, directory, ExportFormat.Csv);
        }

        private static IReadOnlyList<string> Names(IEnumerable<ExportField> fields) => Array.AsReadOnly(fields.Select(f => f.Name).ToArray());
    }
}
