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

        /// <summary>Writes the five files and their <c>datapackage.json</c> into <paramref name="directory"/>, creating it if needed and replacing files of the same names.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory.</param>
        public static void Write(PolicyReference reference, string directory)
        {
            if (reference is null || directory is null)
            {
                throw new ArgumentNullException(reference is null ? nameof(reference) : nameof(directory));
            }

            Directory.CreateDirectory(directory);
            foreach (var table in ExportTables.Of(reference))
            {
                CsvWriter.Write(Path.Combine(directory, table.Name + ".csv"), Names(table.Fields), table.TextRows());
            }

            DataPackage.Write(reference, directory, ExportFormat.Csv);
        }

        private static IReadOnlyList<string> Names(IEnumerable<ExportField> fields) => Array.AsReadOnly(fields.Select(f => f.Name).ToArray());
    }
}
