using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace PolicyRef.Export.Parquet
{
    /// <summary>
    /// Writes the export tables as Parquet files with typed columns: <c>observations.parquet</c>, <c>sources.parquet</c>,
    /// <c>countries.parquet</c>, <c>facilities.parquet</c> and <c>policies.parquet</c> (see docs/export.md).
    /// </summary>
    /// <remarks>
    /// Columns are those of the CSV export, in the same order, typed: text as UTF-8 strings, dates as dates, true/false as
    /// booleans. A claim value is a double (null for date and category values), and its text as written in the data files
    /// follows in an appended <c>value_text</c> column, so nothing is lost in the conversion.
    /// </remarks>
    public static class ParquetExport
    {
        /// <summary>The suffix of the column appended after a claim-value column, holding the value as written.</summary>
        public const string TextSuffix = "_text";

        /// <summary>
        /// Writes the five files and their <c>datapackage.json</c> as <paramref name="directory"/>, whole or not at all, with
        /// the same rules as <see cref="CsvExport.Write"/>: into a new directory beside it that is then renamed; the
        /// directory must not exist, be empty, or hold an earlier Parquet export (which is replaced).
        /// </summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory.</param>
        /// <param name="cancellationToken">Stops the writing; nothing is left at <paramref name="directory"/>.</param>
        /// <returns>The task.</returns>
        /// <exception cref="ArgumentException">The directory is one the set was loaded from, a link, a file, or holds other files.</exception>
        /// <exception cref="IOException">Writing failed; nothing was left at <paramref name="directory"/>.</exception>
        public static Task WriteAsync(PolicyReference reference, string directory, CancellationToken cancellationToken = default) =>
            ExportDirectory.WriteAsync(reference, directory, "parquet", async into =>
            {
                foreach (var table in ExportTables.Of(reference))
                {
                    await WriteAsync(table, reference.DataVersion, Path.Combine(into, table.Name + ".parquet"), cancellationToken).ConfigureAwait(false);
                }

                DataPackage.Write(reference, into, ExportFormat.Parquet);
            });

        /// <summary>Writes the five files; the synchronous form of <see cref="WriteAsync(PolicyReference, string, CancellationToken)"/>.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory.</param>
        public static void Write(PolicyReference reference, string directory) => WriteAsync(reference, directory).GetAwaiter().GetResult();

        /// <summary>
        /// The Parquet columns of a table, in order: its fields of the export contract's version 2, then a text column for
        /// each claim-value field, then the fields appended since (<see cref="ExportField.Appended"/>), so that no column
        /// ever moves.
        /// </summary>
        /// <param name="table">The table.</param>
        /// <returns>The column names.</returns>
        public static IReadOnlyList<string> ColumnNames(ExportTable table) =>
            Layout(table ?? throw new ArgumentNullException(nameof(table))).Select(c => c.Text ? table.Fields[c.Field].Name + TextSuffix : table.Fields[c.Field].Name).ToList();

        // Each Parquet column: the table field it comes from, and whether it is that field's text.
        private static IEnumerable<(int Field, bool Text)> Layout(ExportTable table)
        {
            var indices = Enumerable.Range(0, table.Fields.Length).ToList();
            return indices.Where(i => !table.Fields[i].Appended).Select(i => (i, false))
                .Concat(indices.Where(i => table.Fields[i].Type == ExportFieldType.Value).Select(i => (i, true)))
                .Concat(indices.Where(i => table.Fields[i].Appended).Select(i => (i, false)));
        }

        private static async Task WriteAsync(ExportTable table, string dataVersion, string path, CancellationToken cancellationToken)
        {
            var layout = Layout(table).ToList();
            var fields = layout.Select(c => c.Text ? new DataField<string>(table.Fields[c.Field].Name + TextSuffix, nullable: true) : Field(table.Fields[c.Field])).ToArray();
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await using var streamScope = stream.ConfigureAwait(false);
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, cancellationToken: cancellationToken).ConfigureAwait(false);
            await using var writerScope = writer.ConfigureAwait(false);
            writer.CustomMetadata = new Dictionary<string, string> { ["policyref.data_version"] = dataVersion, ["policyref.table"] = table.Name };
            using var group = writer.CreateRowGroup();
            for (var c = 0; c < layout.Count; c++)
            {
                var i = layout[c].Field;
                if (layout[c].Text)
                {
                    await group.WriteAsync(fields[c], table.Rows.Select(r => ExportTable.Text(r[i])).ToArray()).ConfigureAwait(false);
                }
                else
                {
                    await WriteColumnAsync(group, fields[c], table.Fields[i].Type, table.Rows.Select(r => r[i]).ToArray(), cancellationToken).ConfigureAwait(false);
                }
            }
        }

        private static DataField Field(ExportField field) => field.Type switch
        {
            ExportFieldType.Date => new DataField<DateOnly>(field.Name, nullable: !field.Required),
            ExportFieldType.Boolean => new DataField<bool>(field.Name, nullable: !field.Required),
            ExportFieldType.Value => new DataField<double>(field.Name, nullable: true),
            _ => new DataField<string>(field.Name, nullable: !field.Required),
        };

        private static Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, ExportFieldType type, object?[] values, CancellationToken cancellationToken)
        {
            switch (type)
            {
                case ExportFieldType.Date when field.IsNullable:
                    return group.WriteAsync<DateOnly>(field, values.Select(v => v is LocalDate d ? d.ToDateOnly() : (DateOnly?)null).ToArray(), cancellationToken: cancellationToken);
                case ExportFieldType.Date:
                    return group.WriteAsync<DateOnly>(field, values.Select(v => ((LocalDate)v!).ToDateOnly()).ToArray(), cancellationToken: cancellationToken);
                case ExportFieldType.Boolean when field.IsNullable:
                    return group.WriteAsync<bool>(field, values.Select(v => (bool?)v).ToArray(), cancellationToken: cancellationToken);
                case ExportFieldType.Boolean:
                    return group.WriteAsync<bool>(field, values.Select(v => (bool)v!).ToArray(), cancellationToken: cancellationToken);
                case ExportFieldType.Value:
                    // Numbers to double, as the contract says; the decimal's text follows in the _text column.
                    return group.WriteAsync<double>(field, values.Select(v => v is decimal d ? (double)d : (double?)null).ToArray(), cancellationToken: cancellationToken);
                default:
                    return group.WriteAsync(field, values.Select(v => (string?)v).ToArray());
            }
        }
    }
}
