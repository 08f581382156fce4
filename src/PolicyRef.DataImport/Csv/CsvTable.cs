using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;

namespace PolicyRef.DataImport.Csv
{
    /// <summary>One record of a CSV file: its fields, unquoted, and the line it starts on.</summary>
    internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
    {
        public string this[int index] => Fields[index];
    }

    /// <summary>
    /// A whole CSV file read with CsvHelper under RFC 4180 (quoted fields may hold separators, quotes and
    /// line breaks). Malformed quoting or a record with a different number of fields than the header stops
    /// the import: a bulk file that does not parse cleanly is not read by guesswork.
    /// </summary>
    internal sealed class CsvTable
    {
        private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRecord> rows)
        {
            File = file;
            Header = header;
            Rows = rows;
        }

        /// <summary>The path the table was read from.</summary>
        public string File { get; }

        /// <summary>The header names, in column order; duplicates are kept.</summary>
        public IReadOnlyList<string> Header { get; }

        /// <summary>The data records.</summary>
        public IReadOnlyList<CsvRecord> Rows { get; }

        /// <summary>Reads a file (UTF-8, with or without a byte-order mark).</summary>
        /// <param name="path">The file.</param>
        /// <param name="separator">The field separator.</param>
        /// <param name="skipLines">Lines before the header to drop (metadata lines of World Bank bulk files).</param>
        public static CsvTable Read(string path, char separator = ',', int skipLines = 0)
        {
            if (!System.IO.File.Exists(path))
            {
                throw new ImportException($"{path}: file not found");
            }

            return Parse(System.IO.File.ReadAllText(path, new UTF8Encoding(false, true)), path, separator, skipLines);
        }

        /// <summary>Parses CSV text.</summary>
        /// <param name="text">The text; a leading byte-order mark is ignored.</param>
        /// <param name="name">A name for messages.</param>
        /// <param name="separator">The field separator.</param>
        /// <param name="skipLines">Lines before the header to drop.</param>
        public static CsvTable Parse(string text, string name, char separator = ',', int skipLines = 0)
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            var start = 0;
            for (var i = 0; i < skipLines; i++)
            {
                var newline = text.IndexOf('\n', start);
                if (newline < 0)
                {
                    throw new ImportException($"{name}: expected {skipLines} lines before the header, found {i}");
                }

                start = newline + 1;
            }

            var options = new CsvReaderOptions
            {
                Separator = separator,
                HasHeader = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
                TrackLineNumbers = true,
            };
            var rows = new List<CsvRecord>();
            try
            {
                using var reader = CsvReader.FromText(text.Substring(start), options);
                var header = reader.Headers.Select(h => h ?? string.Empty).ToArray();
                while (reader.Read())
                {
                    var fields = reader.Current.ToArray().Select(f => f ?? string.Empty).ToArray();
                    rows.Add(new CsvRecord((int)reader.LineNumber + skipLines, fields));
                }

                return new CsvTable(name, header, rows);
            }
            catch (CsvFormatException e)
            {
                throw new ImportException($"{name}: not a well-formed CSV file: {e.Message}", e);
            }
        }

        /// <summary>The index of a column, which must exist exactly once.</summary>
        /// <param name="column">The header name.</param>
        public int Column(string column)
        {
            var indexes = Enumerable.Range(0, Header.Count).Where(i => Header[i] == column).ToList();
            if (indexes.Count != 1)
            {
                throw new ImportException($"{File}: expected one column '{column}', found {indexes.Count} (header: {string.Join(", ", Header)})");
            }

            return indexes[0];
        }

        /// <summary>The index of the last column with a name (for files with a duplicate header).</summary>
        /// <param name="column">The header name.</param>
        public int LastColumn(string column)
        {
            for (var i = Header.Count - 1; i >= 0; i--)
            {
                if (Header[i] == column)
                {
                    return i;
                }
            }

            throw new ImportException($"{File}: no column '{column}' (header: {string.Join(", ", Header)})");
        }
    }
}
