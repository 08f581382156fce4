using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One subject, metric and period for which sources disagree beyond the metric's tolerance, with every claim.</summary>
    public sealed class Conflict
    {
        internal Conflict(IClaimSubject subject, MetricDefinition metric, ReferencePeriod? period, ImmutableArray<Claim> claims, decimal spread, ConflictKind kind, bool explained, bool curated, bool acknowledgedWithoutReason = false)
        {
            Kind = kind;
            IsExplained = explained;
            IsAcknowledgedWithoutReason = acknowledgedWithoutReason;
            IsCurated = curated;
            Subject = subject;
            Metric = metric;
            Period = period;
            Claims = claims;
            Spread = spread;
        }

        /// <summary>A disagreement, a definitional difference, or a difference caused only by suspect claims.</summary>
        public ConflictKind Kind { get; }

        /// <summary>Whether, for every pair of claims that disagree, one claim's note names the other's figure (which is how notes say why figures differ).</summary>
        public bool IsExplained { get; }

        /// <summary>
        /// Whether the disagreement is explained (<see cref="IsExplained"/>) only by notes that name the other figure but say
        /// that no reason for the difference is recorded or known (the publishers do not say why): acknowledged, not reasoned.
        /// </summary>
        public bool IsAcknowledgedWithoutReason { get; }

        /// <summary>Whether a claim read by hand from its source (not imported from a bulk file) takes part in the disagreement.</summary>
        public bool IsCurated { get; }

        /// <summary>The country, facility or policy.</summary>
        public IClaimSubject Subject { get; }

        /// <summary>The metric.</summary>
        public MetricDefinition Metric { get; }

        /// <summary>The period the claims share (the finest; coarser claims contain it); null for a fixed metric, whose claims of any period describe the same thing.</summary>
        public ReferencePeriod? Period { get; }

        /// <summary>Every claim about the same thing, the competing ones most preferred first, then parts and other definitions.</summary>
        public ImmutableArray<Claim> Claims { get; }

        /// <summary>How far apart the values are: (largest − smallest) ÷ the larger magnitude for numbers; for dates the span between them over ten years (at most 1); 1 for differing categories.</summary>
        public decimal Spread { get; }

        /// <summary>The distinct source ids involved.</summary>
        public ImmutableArray<string> SourceIds => Claims.Select(c => c.SourceId).Distinct().ToImmutableArray();

        /// <inheritdoc />
        public override string ToString() =>
            $"{Subject.DisplayName}, {Metric.Name}{(Period is null ? string.Empty : " " + Period)}: {string.Join("; ", Claims.Select(c => $"{ClaimFormatter.FormatValue(c, Metric)} [{c.SourceId}]"))}";
    }
}
