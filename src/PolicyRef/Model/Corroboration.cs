using System.Collections.Generic;
using System.Collections.Immutable;

namespace PolicyRef.Model
{
    /// <summary>
    /// The preference rule's corroboration step: how many other candidates agree with a claim (same unit, overlapping
    /// period for a varying metric, value within tolerance), counted only for claims that reach that step, and once each.
    /// The candidates are indexed on first use (<see cref="AgreementIndex"/>), so that counting for every one of n claims
    /// costs about n log n rather than n² comparisons.
    /// </summary>
    internal sealed class Corroboration
    {
        private readonly ImmutableArray<Claim> candidates;
        private readonly MetricDefinition metric;
        private Dictionary<Claim, int>? counted;
        private Dictionary<Claim, int>? occurrences;
        private AgreementIndex? index;

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
                n = AgreementIndex.Applies(metric, candidates.Length) ? Indexed(claim) : Pairwise(candidates, metric, claim);
                counted[claim] = n;
            }

            return n;
        }

        /// <summary>The count by comparing the claim with every candidate: the definition, and the reference the index is tested against.</summary>
        internal static int Pairwise(ImmutableArray<Claim> candidates, MetricDefinition metric, Claim claim)
        {
            var n = 0;
            foreach (var other in candidates)
            {
                if (!ReferenceEquals(other, claim) && ClaimSelection.IsComparable(metric, claim, other) && metric.Agree(claim.Value, other.Value))
                {
                    n++;
                }
            }

            return n;
        }

        private int Indexed(Claim claim)
        {
            index ??= new AgreementIndex(candidates, metric);
            if (occurrences is null)
            {
                // Claims compare by reference; a claim agrees with itself, and every copy of it is left out of its count.
                occurrences = new Dictionary<Claim, int>();
                foreach (var candidate in candidates)
                {
                    occurrences[candidate] = occurrences.TryGetValue(candidate, out var k) ? k + 1 : 1;
                }
            }

            return index.CountAgreeing(claim) - (occurrences.TryGetValue(claim, out var copies) ? copies : 0);
        }
    }
}
