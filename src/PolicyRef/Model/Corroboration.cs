using System.Collections.Generic;
using System.Collections.Immutable;

namespace PolicyRef.Model
{
    /// <summary>
    /// The preference rule's corroboration step: how many independent origins other than a claim's own give a value that
    /// agrees with it, counted only for claims that reach that step, and once each. A source that re-publishes another
    /// (<see cref="Source.Republishes"/>) adds nothing to the origin it copies.
    /// </summary>
    internal sealed class Corroboration
    {
        private readonly ImmutableArray<Claim> candidates;
        private readonly MetricDefinition metric;
        private readonly IReadOnlyDictionary<string, Source> sources;
        private Dictionary<Claim, int>? counted;

        /// <summary>Counts over <paramref name="candidates"/>.</summary>
        public Corroboration(ImmutableArray<Claim> candidates, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources)
        {
            this.candidates = candidates;
            this.metric = metric;
            this.sources = sources;
        }

        public int Of(Claim claim)
        {
            counted ??= new Dictionary<Claim, int>();
            if (!counted.TryGetValue(claim, out var n))
            {
                var own = OriginOf(claim);
                HashSet<string>? origins = null;
                foreach (var other in candidates)
                {
                    if (!ReferenceEquals(other, claim) && ClaimSelection.IsComparable(metric, claim, other) && metric.Agree(claim.Value, other.Value))
                    {
                        var origin = OriginOf(other);
                        if (origin != own)
                        {
                            (origins ??= new HashSet<string>()).Add(origin);
                        }
                    }
                }

                n = origins?.Count ?? 0;
                counted[claim] = n;
            }

            return n;
        }

        private string OriginOf(Claim claim) => sources.TryGetValue(claim.SourceId, out var source) ? source.Origin : claim.SourceId;
    }
}
