using System.Collections.Generic;
using System.Collections.Immutable;

namespace PolicyRef.Model
{
    /// <summary>
    /// The preference rule's corroboration step: how many independent origins other than a claim's own give a value that
    /// agrees with it, counted only for claims that reach that step, and once each. A source that re-publishes another
    /// (<see cref="Source.Republishes"/>) adds nothing to the origin it copies.
    /// The candidates are indexed on first use (<see cref="AgreementIndex"/>, or <see cref="OriginAgreement"/> when origins
    /// repeat), so that counting for every one of n claims costs about n log n rather than n² comparisons (times the number
    /// of origins that give more than one candidate, when some do).
    /// </summary>
    internal sealed class Corroboration
    {
        private readonly ImmutableArray<Claim> candidates;
        private readonly MetricDefinition metric;
        private readonly IReadOnlyDictionary<string, Source> sources;
        private readonly System.Func<Claim, string> originOf;
        private Dictionary<Claim, int>? counted;
        private Dictionary<Claim, int>? occurrences;
        private AgreementIndex? index;
        private OriginAgreement? byOrigin;
        private bool? distinctOrigins;

        /// <summary>Counts over <paramref name="candidates"/>.</summary>
        public Corroboration(ImmutableArray<Claim> candidates, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources)
        {
            this.candidates = candidates;
            this.metric = metric;
            this.sources = sources;
            originOf = OriginOf;
        }

        public int Of(Claim claim)
        {
            counted ??= new Dictionary<Claim, int>();
            if (!counted.TryGetValue(claim, out var n))
            {
                n = !AgreementIndex.Applies(metric, candidates.Length) ? PairwiseOrigins(candidates, metric, originOf, claim)
                    : OriginsAreDistinct() ? Indexed(claim)
                    : (byOrigin ??= new OriginAgreement(candidates, metric, originOf)).Count(claim, OriginOf(claim));
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

        /// <summary>
        /// The count of independent origins, other than the claim's own, that give an agreeing value, by comparing the claim
        /// with every candidate: the definition, and the reference <see cref="OriginAgreement"/> is tested against.
        /// </summary>
        internal static int PairwiseOrigins(ImmutableArray<Claim> candidates, MetricDefinition metric, System.Func<Claim, string> originOf, Claim claim)
        {
            var own = originOf(claim);
            HashSet<string>? origins = null;
            foreach (var other in candidates)
            {
                if (!ReferenceEquals(other, claim) && ClaimSelection.IsComparable(metric, claim, other) && metric.Agree(claim.Value, other.Value))
                {
                    var origin = originOf(other);
                    if (origin != own)
                    {
                        (origins ??= new HashSet<string>()).Add(origin);
                    }
                }
            }

            return origins?.Count ?? 0;
        }

        /// <summary>Whether no two candidates share an origin: then agreeing claims and agreeing origins are the same count.</summary>
        private bool OriginsAreDistinct()
        {
            if (distinctOrigins is null)
            {
                var seen = new HashSet<string>();
                distinctOrigins = true;
                foreach (var candidate in candidates)
                {
                    if (!seen.Add(OriginOf(candidate)))
                    {
                        distinctOrigins = false;
                        break;
                    }
                }
            }

            return distinctOrigins.Value;
        }

        private string OriginOf(Claim claim) => sources.TryGetValue(claim.SourceId, out var source) ? source.Origin : claim.SourceId;
    }
}
