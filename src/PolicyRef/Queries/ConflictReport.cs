using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using PolicyRef.Internal;

namespace PolicyRef.Queries
{
    /// <summary>Every disagreement between sources found by a conflict search, largest spread first.</summary>
    public sealed class ConflictReport
    {
        internal ConflictReport(ImmutableArray<Conflict> conflicts, string dataVersion)
        {
            Conflicts = conflicts;
            DataVersion = dataVersion;
        }

        /// <summary>The conflicts, largest spread first, then by subject, metric and period.</summary>
        public ImmutableArray<Conflict> Conflicts { get; }

        /// <summary>The data release.</summary>
        public string DataVersion { get; }

        /// <summary>The first <paramref name="count"/> conflicts.</summary>
        /// <param name="count">How many.</param>
        /// <returns>A report of those.</returns>
        public ConflictReport Largest(int count) => new ConflictReport(Conflicts.Take(count).ToImmutableArray(), DataVersion);

        /// <summary>The report as a readable table.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var rows = Conflicts.Select(c => (IReadOnlyList<string>)new[]
            {
                c.Subject.DisplayName,
                c.Metric.Name,
                c.Period?.ToString() ?? "(fixed)",
                (c.Spread * 100m).ToString("0", CultureInfo.InvariantCulture) + "%",
                string.Join("; ", c.Claims.Select(x => $"{ClaimFormatter.FormatValue(x, c.Metric)} [{x.SourceId}]")),
            }).ToList();
            return new StringBuilder()
                .Append(TextTable.Render(new[] { "Subject", "Metric", "Period", "Spread", "Claims" }, rows))
                .Append(Conflicts.Length).Append(" conflicts. PolicyRef data ").Append(DataVersion).Append('\n')
                .ToString();
        }
    }
}
