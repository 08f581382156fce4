using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyRef.Data
{
    /// <summary>Finds the known ids closest to a mistyped one, for "did you mean" hints.</summary>
    internal static class NearestIds
    {
        public static IReadOnlyList<string> Find(string wanted, IEnumerable<string> known, int max = 3)
        {
            var limit = Math.Max(2, wanted.Length / 3);
            return known
                .Select(k => (Id: k, Distance: Distance(wanted.ToLowerInvariant(), k.ToLowerInvariant())))
                .Where(x => x.Distance <= limit || x.Id.IndexOf(wanted, StringComparison.OrdinalIgnoreCase) >= 0)
                .OrderBy(x => x.Distance)
                .ThenBy(x => x.Id, StringComparer.Ordinal)
                .Take(max)
                .Select(x => x.Id)
                .ToList();
        }

        public static string Hint(string wanted, IEnumerable<string> known)
        {
            var nearest = Find(wanted, known);
            return nearest.Count == 0 ? string.Empty : $" Did you mean {string.Join(", ", nearest.Select(n => "'" + n + "'"))}?";
        }

        /// <summary>Levenshtein distance.</summary>
        public static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
