using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using PolicyRef.Internal;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// Facilities side by side: a row per metric, a column per facility; each cell holds the preferred
    /// claim and its alternatives with their sources. Prints as a readable table with numbered source
    /// footnotes, and marks with <c>*</c> the cells where sources disagree.
    /// </summary>
    public sealed class FacilityComparison
    {
        private FacilityComparison(string dataVersion, ImmutableArray<Facility> facilities, ImmutableArray<ComparisonRow> rows, ImmutableArray<Source> footnotes)
        {
            DataVersion = dataVersion;
            Facilities = facilities;
            Rows = rows;
            Footnotes = footnotes;
        }

        /// <summary>The data release the comparison was made from.</summary>
        public string DataVersion { get; }

        /// <summary>The facilities, in column order.</summary>
        public ImmutableArray<Facility> Facilities { get; }

        /// <summary>One row per metric.</summary>
        public ImmutableArray<ComparisonRow> Rows { get; }

        /// <summary>The sources cited by the chosen and disagreeing claims, numbered from 1 in order of first citation.</summary>
        public ImmutableArray<Source> Footnotes { get; }

        /// <summary>The 1-based footnote number of a source in this comparison.</summary>
        /// <param name="sourceId">The source id.</param>
        /// <returns>The number, or 0 when the source is not cited.</returns>
        public int FootnoteOf(string sourceId)
        {
            for (var i = 0; i < Footnotes.Length; i++)
            {
                if (Footnotes[i].Id == sourceId)
                {
                    return i + 1;
                }
            }

            return 0;
        }

        /// <summary>The comparison as a readable text table with disagreements and numbered sources.</summary>
        /// <returns>The text, with <c>\n</c> line ends.</returns>
        public override string ToString() => ToText(int.MaxValue);

        /// <summary>The text with its table's widest cells wrapped to fit <paramref name="width"/> columns where they can.</summary>
        internal string ToText(int width)
        {
            var header = new List<string> { "Metric" };
            header.AddRange(Facilities.Select(f => $"{f.DisplayName} ({f.Country})"));
            var rows = Rows.Select(row => (IReadOnlyList<string>)new[] { row.Metric.Name }.Concat(row.Cells.Select(FormatCell)).ToList()).ToList();
            var text = new StringBuilder();
            text.Append(TextTable.Render(header, rows, width));
            var disagreements = Rows.SelectMany(r => r.Cells.Where(c => c.HasDisagreement).Select(c => (Row: r, Cell: c))).ToList();
            if (disagreements.Count > 0)
            {
                text.Append("\n* Sources disagree:\n");
                foreach (var (row, cell) in disagreements)
                {
                    var claims = new[] { cell.Selection!.Chosen }.Concat(cell.Selection.Disagreements);
                    text.Append("  ").Append(cell.Facility.DisplayName).Append(", ").Append(row.Metric.Name.ToLowerInvariant()).Append(": ")
                        .Append(string.Join("; ", claims.Select(c => $"{ClaimFormatter.FormatValue(c, row.Metric)} ({c.Period}) [{FootnoteOf(c.SourceId)}]")))
                        .Append('\n');
                }
            }

            var parts = Rows.SelectMany(r => r.Cells.Where(c => !c.Parts.IsEmpty).Select(c => (Row: r, Cell: c))).ToList();
            if (parts.Count > 0)
            {
                // Parts are listed as parts: a module's cells or one corps' staff is never the facility's figure.
                text.Append("\n+ Parts (not the facility's figure):\n");
                foreach (var (row, cell) in parts)
                {
                    text.Append("  ").Append(cell.Facility.DisplayName).Append(", ").Append(row.Metric.Name.ToLowerInvariant()).Append(": ")
                        .Append(string.Join("; ", cell.Parts.Select(c => $"{ClaimFormatter.FormatNumberOf(c)} {c.Part!.Kind.ToString().ToLowerInvariant().Replace("per", "per ")}: {c.Part.Label} ({c.Period}) [{FootnoteOf(c.SourceId)}]")))
                        .Append('\n');
                }
            }

            text.Append("\nSources:\n");
            for (var i = 0; i < Footnotes.Length; i++)
            {
                var s = Footnotes[i];
                text.Append("  [").Append(i + 1).Append("] ").Append(s.Publisher).Append(", \"").Append(s.Title).Append('"');
                if (s.Published is not null)
                {
                    text.Append(", ").Append(s.Published.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                if (s.Url is not null)
                {
                    text.Append(", ").Append(s.Url);
                }

                text.Append('\n');
            }

            text.Append("\nPreferred figure shown; varying figures with their period. PolicyRef data ").Append(DataVersion).Append('\n');
            return TextTable.WrapLines(text.ToString(), width);
        }

        internal static FacilityComparison Create(DataIndex reference, ImmutableArray<Facility> facilities, IEnumerable<MetricId>? metrics, string? definition)
        {
            if (facilities.IsEmpty)
            {
                throw new ArgumentException("Name at least one facility to compare.", nameof(facilities));
            }

            var present = new HashSet<MetricId>(facilities.SelectMany(f => f.Claims.Metrics));
            var metricIds = metrics?.ToList() ?? reference.Metrics
                .Where(m => present.Contains(m.Id) && m.AppliesToKind(SubjectKind.Facility))
                .Select(m => m.Id)
                .ToList();
            var rows = metricIds
                .Select(reference.GetMetric)
                .Select(m => new ComparisonRow(m, facilities.Select(f => new ComparisonCell(f, reference.SelectVariant(f, m.Id, definition), f.Claims.For(m.Id).Where(c => c.Part is not null).ToImmutableArray())).ToImmutableArray()))
                .ToImmutableArray();
            var cited = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                foreach (var cell in row.Cells)
                {
                    foreach (var part in cell.Parts)
                    {
                        if (seen.Add(part.SourceId))
                        {
                            cited.Add(part.SourceId);
                        }
                    }

                    if (cell.Selection is not { } selection)
                    {
                        continue;
                    }

                    if (seen.Add(selection.Chosen.SourceId))
                    {
                        cited.Add(selection.Chosen.SourceId);
                    }

                    // Disagreeing sources are footnoted too; most cells have none, and then the ranking is never sorted.
                    foreach (var claim in selection.HasDisagreement ? selection.Disagreements : ImmutableArray<Claim>.Empty)
                    {
                        if (seen.Add(claim.SourceId))
                        {
                            cited.Add(claim.SourceId);
                        }
                    }
                }
            }

            return new FacilityComparison(reference.DataVersion, facilities, rows, cited.Select(reference.GetSource).ToImmutableArray());
        }

        private string FormatCell(ComparisonCell cell)
        {
            var parts = cell.Parts.IsEmpty ? string.Empty : " +";
            if (cell.Selection is null)
            {
                return "—" + parts;
            }

            var chosen = cell.Selection.Chosen;
            var period = cell.Selection.Metric.Temporality == MetricTemporality.Varying ? $" ({chosen.Period})" : string.Empty;
            return $"{ClaimFormatter.FormatValue(chosen, cell.Selection.Metric)}{period} [{FootnoteOf(chosen.SourceId)}]{(cell.HasDisagreement ? " *" : string.Empty)}{parts}";
        }
    }
}
