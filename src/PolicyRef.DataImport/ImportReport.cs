using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyRef.DataImport
{
    /// <summary>What the import left out and why, and what it decided on the way; printed as the summary.</summary>
    internal sealed class ImportReport
    {
        public const string NoYear = "WPB series row without a year (scrape artefact)";
        public const string BadYear = "implausible year";
        public const string OutOfRange = "value outside the metric's min/max";
        public const string BadNumber = "unreadable number";
        public const string NoValue = "empty or NA value (no claim)";
        public const string Aggregate = "World Bank aggregate or code that is not an ISO 3166-1 economy";
        public const string WorldTotal = "UNODC world total";
        public const string Unmapped = "name not in Reference/names.csv";
        public const string UnknownCode = "code not in the M49 table or entities.csv";
        public const string ConflictingDuplicate = "duplicate UNODC rows with different values (neither used)";
        public const string SameDuplicate = "duplicate rows with the same value (one kept)";
        public const string SlvBySex = "known fault: El Salvador 2020-2021 UNODC persons held by sex (not used)";
        public const string SameAsWdi = "OWID value equal to the World Bank value for the same year (within 0.001)";
        public const string ZeroDenominator = "derived value not computed: denominator is zero";
        public const string CodeMismatch = "OWID Code column disagrees with the name mapping (mapping used)";

        private readonly Dictionary<string, List<string>> skipped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> notes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly SortedSet<string> unmapped = new SortedSet<string>(StringComparer.Ordinal);

        /// <summary>Rows (or values) left out, by reason, each with a detail line, sorted.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Skipped =>
            skipped.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.OrderBy(d => d, NaturalOrder.Instance).ToList(), StringComparer.Ordinal);

        /// <summary>Decisions and observations worth a reviewer's look, by topic.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Notes =>
            notes.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.Distinct().OrderBy(d => d, NaturalOrder.Instance).ToList(), StringComparer.Ordinal);

        /// <summary>Names found in a file but not in the mapping table, as "dataset: name".</summary>
        public IReadOnlyCollection<string> UnmappedNames => unmapped;

        public void Skip(string reason, string detail)
        {
            if (!skipped.TryGetValue(reason, out var list))
            {
                skipped[reason] = list = new List<string>();
            }

            list.Add(detail);
        }

        public void Note(string topic, string detail)
        {
            if (!notes.TryGetValue(topic, out var list))
            {
                notes[topic] = list = new List<string>();
            }

            list.Add(detail);
        }

        public void UnmappedName(string dataset, string name, string where)
        {
            unmapped.Add($"{dataset}: {name}");
            Skip(Unmapped, $"{where}: {dataset} name '{name}'");
        }

        public int Count(string reason) => skipped.TryGetValue(reason, out var list) ? list.Count : 0;
    }

    /// <summary>Orders text with runs of digits compared as numbers ("file.csv:9" before "file.csv:10"), then ordinally.</summary>
    internal sealed class NaturalOrder : IComparer<string>
    {
        public static readonly NaturalOrder Instance = new NaturalOrder();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return string.CompareOrdinal(x, y);
            }

            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
                {
                    var si = i;
                    var sj = j;
                    while (i < x.Length && char.IsAsciiDigit(x[i]))
                    {
                        i++;
                    }

                    while (j < y.Length && char.IsAsciiDigit(y[j]))
                    {
                        j++;
                    }

                    var a = x.Substring(si, i - si).TrimStart('0');
                    var b = y.Substring(sj, j - sj).TrimStart('0');
                    var byNumber = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
                    if (byNumber != 0)
                    {
                        return byNumber;
                    }
                }
                else
                {
                    if (x[i] != y[j])
                    {
                        return x[i].CompareTo(y[j]);
                    }

                    i++;
                    j++;
                }
            }

            var byLength = (x.Length - i).CompareTo(y.Length - j);
            return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
        }
    }
}
