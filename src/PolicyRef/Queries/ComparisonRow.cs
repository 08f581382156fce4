using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One metric across the facilities of a <see cref="FacilityComparison"/>.</summary>
    public sealed class ComparisonRow
    {
        internal ComparisonRow(MetricDefinition metric, ImmutableArray<ComparisonCell> cells)
        {
            Metric = metric;
            Cells = cells;
        }

        /// <summary>The metric.</summary>
        public MetricDefinition Metric { get; }

        /// <summary>One cell per facility, in the comparison's column order.</summary>
        public ImmutableArray<ComparisonCell> Cells { get; }

        /// <summary>Whether sources disagree in any cell of the row.</summary>
        public bool HasDisagreement => Cells.Any(c => c.HasDisagreement);

        /// <inheritdoc />
        public override string ToString() => $"{Metric.Name}: {string.Join(" | ", Cells)}";
    }
}
