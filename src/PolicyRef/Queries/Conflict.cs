using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One subject, metric and period for which sources disagree beyond the metric's tolerance, with every claim.</summary>
    public sealed class Conflict
    {
        internal Conflict(IClaimSubject subject, MetricDefinition metric, ReferencePeriod? period, ImmutableArray<Claim> claims, decimal spread)
        {
            Subject = subject;
            Metric = metric;
            Period = period;
            Claims = claims;
            Spread = spread;
        }

        /// <summary>The country, facility or policy.</summary>
        public IClaimSubject Subject { get; }

        /// <summary>The metric.</summary>
        public MetricDefinition Metric { get; }

        /// <summary>The period the claims share; null for a fixed metric, whose claims of any period describe the same thing.</summary>
        public ReferencePeriod? Period { get; }

        /// <summary>Every claim for the subject, metric and period, most preferred first.</summary>
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
