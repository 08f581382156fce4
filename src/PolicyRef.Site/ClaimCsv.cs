using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PolicyRef.Export;

namespace PolicyRef.Site
{
    /// <summary>
    /// Each subject's rows of the library's stable CSV export (observations.csv, docs/export.md), byte for byte with the
    /// export's header: a page's download is what `policyref export --format csv` writes for that subject, whatever columns
    /// the export has.
    /// </summary>
    internal sealed class ClaimCsv
    {
        private readonly string header;
        private readonly Dictionary<(string Type, string Id), List<string>> rows;

        private ClaimCsv(string header, Dictionary<(string Type, string Id), List<string>> rows)
        {
            this.header = header;
            this.rows = rows;
        }

        /// <summary>Writes the export to a temporary folder and splits its observations by subject.</summary>
        public static ClaimCsv From(PolicyReference data)
        {
            var directory = Directory.CreateTempSubdirectory("policyref-site-").FullName;
            try
            {
                CsvExport.Write(data, directory);
                return Split(File.ReadAllText(Path.Combine(directory, "observations.csv"), Encoding.UTF8));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        /// <summary>Splits RFC 4180 text into its header and records, kept as written, grouped by subject type and id.</summary>
        public static ClaimCsv Split(string text)
        {
            var records = Records(text).ToList();
            if (records.Count == 0)
            {
                throw new InvalidDataException("observations.csv is empty");
            }

            var columns = records[0].Fields;
            var typeColumn = columns.IndexOf("subject_type");
            var idColumn = columns.IndexOf("subject_id");
            if (typeColumn < 0 || idColumn < 0)
            {
                throw new InvalidDataException("observations.csv has no subject_type or subject_id column");
            }

            var bySubject = new Dictionary<(string, string), List<string>>();
            foreach (var record in records.Skip(1))
            {
                var key = (record.Fields[typeColumn], record.Fields[idColumn]);
                if (!bySubject.TryGetValue(key, out var list))
                {
                    bySubject[key] = list = new List<string>();
                }

                list.Add(record.Raw);
            }

            return new ClaimCsv(records[0].Raw, bySubject);
        }

        /// <summary>The CSV text of one subject's claims: the header, then its rows in the export's order.</summary>
        public string For(string subjectType, string subjectId) =>
            header + string.Concat(rows.TryGetValue((subjectType, subjectId), out var list) ? list : Enumerable.Empty<string>());

        /// <summary>How many rows a subject has.</summary>
        public int CountFor(string subjectType, string subjectId) => rows.TryGetValue((subjectType, subjectId), out var list) ? list.Count : 0;

        private static IEnumerable<(string Raw, List<string> Fields)> Records(string text)
        {
            var start = 0;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    fields.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    yield return (text.Substring(start, i + 1 - start), fields);
                    fields = new List<string>();
                    start = i + 1;
                }
                else
                {
                    field.Append(c);
                }
            }

            if (quoted)
            {
                throw new InvalidDataException("observations.csv ends inside a quoted field");
            }

            if (start < text.Length)
            {
                fields.Add(field.ToString());
                yield return (text.Substring(start) + "\n", fields);
            }
        }
    }
}
