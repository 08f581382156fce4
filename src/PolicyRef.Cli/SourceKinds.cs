using System;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Cli
{
    /// <summary>Source kinds as typed on the command line: official-statistics, ngo, press…</summary>
    internal static class SourceKinds
    {
        public static string Names => string.Join(", ", Enum.GetValues<SourceKind>().Select(Name));

        /// <summary>A kind by its kebab-case name (any case); anything else is bad usage, with the list.</summary>
        public static SourceKind Parse(string text)
        {
            foreach (var kind in Enum.GetValues<SourceKind>())
            {
                if (string.Equals(Name(kind), text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }
            }

            throw new ArgumentException($"Unknown source kind '{text}'; expected one of: {Names}.");
        }

        /// <summary>OfficialStatistics → official-statistics.</summary>
        public static string Name(SourceKind kind) =>
            string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
