using System.Collections.Generic;
using System.Collections.Immutable;

namespace PolicyRef.Model
{
    /// <summary>
    /// The preference rule's corroboration step: how many other candidates agree with a claim, counted only for claims
    /// that reach that step, and once each.
    /// </summary>
    internal sealed class Corroboration
    {
        private readonly ImmutableArray<Claim> candidates;
        private readonly MetricDefinition metric;
        private Dictionary<Claim, int>? counted;

        /// <summary>Counts over <paramref name="candidates"/>.</summary>
        public Corroboration(ImmutableArray<Claim> candidates, MetricDefinition metric)
        {
            this.candidates = candidates;
            this.metric = metric;
        }

        public int Of(Claim claim)
        {
            counted ??= new Dictionary<Claim, int>();
            if (!counted.TryGetValue(claim, out var n))
            {
                n = 0;
                foreach (var other in candidates)
                {
                    if (!ReferenceEquals(other, claim) && ClaimSelection.IsComparable(metric, claim, other) && metric.Agree(claim.Value, other.Value))
                    {
                        n++;
                    }
                }

                counted[claim] = n;
            }

            return n;
        }
    }
}
