using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using PolicyRef.Internal;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Every disagreement between sources found by a conflict search, largest spread first.</summary>
    public sealed class ConflictReport
    {
        internal ConflictReport(ImmutableArray<Conflict> conflicts, string dataVersion, ImmutableArray<Model.Claim> suspects)
        {
            Suspects = suspects.IsDefault ? ImmutableArray<Model.Claim>.Empty : suspects;
            Conflicts = conflicts;
            DataVersion = dataVersion;
        }

        /// <summary>The conflicts, largest spread first, then by subject, metric and period.</summary>
        public ImmutableArray<Conflict> Conflicts { get; }

        /// <summary>The claims marked suspect, with their reasons, when the search asked for them (<see cref="ConflictFilter.WithSuspectsOnly"/>); otherwise empty.</summary>
        public ImmutableArray<Model.Claim> Suspects { get; }

        /// <summary>The data release.</summary>
        public string DataVersion { get; }

        /// <summary>The first <paramref name="count"/> conflicts.</summary>
        /// <param name="count">How many.</param>
        /// <returns>A report of those.</returns>
        public ConflictReport Largest(int count) => new ConflictReport(Conflicts.Take(count).ToImmutableArray(), DataVersion, Suspects.Take(count).ToImmutableArray());

        /// <summary>The report as a readable table.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => ToText(int.MaxValue);

        /// <summary>The text with its table's widest cells wrapped to fit <paramref name="width"/> columns where they can.</summary>
        internal string ToText(int width)
        {
            if (!Suspects.IsEmpty)
            {
                var suspectRows = Suspects.Select(c => (IReadOnlyList<string>)new[]
                {
                    c.SubjectId, c.Metric.Value, c.Period.ToString(), ClaimFormatter.FormatValue(c), c.SourceId, c.SuspectReason ?? string.Empty,
                }).ToList();
                return TextTable.WrapLines(new StringBuilder()
                    .Append(TextTable.Render(new[] { "Subject", "Metric", "Period", "Value", "Source", "Why suspect" }, suspectRows, width))
                    .Append(Suspects.Length).Append(" suspect claims. PolicyRef data ").Append(DataVersion).Append('\n')
                    .ToString(), width);
            }

            var rows = Conflicts.Select(c => (IReadOnlyList<string>)new[]
            {
                c.Subject.DisplayName,
                c.Metric.Name,
                c.Period?.ToString() ?? "(fixed)",
                (c.Spread * 100m).ToString("0", CultureInfo.InvariantCulture) + "%",
                c.Kind == ConflictKind.Disagreement ? (c.IsAcknowledgedWithoutReason ? "disagreement (no reason recorded)" : c.IsExplained ? "disagreement (explained)" : "disagreement") : c.Kind == ConflictKind.Definitional ? "definitional" : c.Kind == ConflictKind.Suspect ? "suspect" : "parts exceed whole",
                string.Join("; ", c.Claims.Select(x => $"{ClaimFormatter.FormatValue(x, c.Metric)} [{x.SourceId}]")),
            }).ToList();
            return TextTable.WrapLines(new StringBuilder()
                .Append(TextTable.Render(new[] { "Subject", "Metric", "Period", "Spread", "Kind", "Claims" }, rows, width))
                .Append(Conflicts.Length).Append(" conflicts. PolicyRef data ").Append(DataVersion).Append('\n')
                .ToString(), width);
        }
    }
}
