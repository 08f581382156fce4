using System.Collections.Generic;
using System.Collections.Immutable;

namespace PolicyRef.Model
{
    /// <summary>
    /// Candidates indexed by origin for counting how many independent origins other than a claim's own give an agreeing
    /// value (<see cref="Corroboration"/>) when origins repeat. Origins that give one candidate share one
    /// <see cref="AgreementIndex"/>, where agreeing claims and agreeing origins are the same count; every origin that gives
    /// more has an index of its own, asked only whether anything in it agrees. A count costs a few binary searches per
    /// repeating origin instead of a comparison with every candidate, and claims with the same unit, period and value share
    /// which repeating origins agree with them.
    /// </summary>
    internal sealed class OriginAgreement
    {
        private const int MemoisedOrigins = 256;

        private readonly MetricDefinition metric;
        private readonly AgreementIndex single;
        private readonly Dictionary<string, Claim> singleByOrigin = new Dictionary<string, Claim>();
        private readonly List<AgreementIndex> repeated = new List<AgreementIndex>();
        private readonly Dictionary<string, int> repeatedPosition = new Dictionary<string, int>();
        private readonly Dictionary<(Unit, ReferencePeriod?, ClaimValue), bool[]> agreeingRepeated = new Dictionary<(Unit, ReferencePeriod?, ClaimValue), bool[]>();

        /// <summary>Indexes <paramref name="candidates"/>, each under <paramref name="originOf"/> its claim.</summary>
        public OriginAgreement(ImmutableArray<Claim> candidates, MetricDefinition metric, System.Func<Claim, string> originOf)
        {
            this.metric = metric;
            var byOrigin = new Dictionary<string, List<Claim>>();
            foreach (var candidate in candidates)
            {
                var origin = originOf(candidate);
                if (!byOrigin.TryGetValue(origin, out var list))
                {
                    byOrigin.Add(origin, list = new List<Claim>());
                }

                list.Add(candidate);
            }

            var singles = new List<Claim>();
            foreach (var pair in byOrigin)
            {
                if (pair.Value.Count == 1)
                {
                    singles.Add(pair.Value[0]);
                    singleByOrigin.Add(pair.Key, pair.Value[0]);
                }
                else
                {
                    repeatedPosition.Add(pair.Key, repeated.Count);
                    repeated.Add(new AgreementIndex(pair.Value, metric));
                }
            }

            single = new AgreementIndex(singles, metric);
        }

        /// <summary>
        /// How many origins other than <paramref name="own"/> give a claim that agrees with <paramref name="claim"/>. The
        /// claim itself is of its own origin, so it never counts.
        /// </summary>
        public int Count(Claim claim, string own)
        {
            var n = single.CountAgreeing(claim);
            if (singleByOrigin.TryGetValue(own, out var ownClaim) && ClaimSelection.IsComparable(metric, claim, ownClaim) && metric.Agree(claim.Value, ownClaim.Value))
            {
                n--;
            }

            var agreeing = AgreeingRepeated(claim);
            for (var i = 0; i < agreeing.Length; i++)
            {
                n += agreeing[i] ? 1 : 0;
            }

            return repeatedPosition.TryGetValue(own, out var position) && agreeing[position] ? n - 1 : n;
        }

        /// <summary>Which repeating origins give a claim agreeing with <paramref name="claim"/>, shared by every claim of the same unit, period and value.</summary>
        private bool[] AgreeingRepeated(Claim claim)
        {
            // Comparability and agreement depend on the unit, the period (fixed metrics: not at all) and the value only.
            var key = (claim.Unit, metric.Temporality == MetricTemporality.Fixed ? null : claim.Period, claim.Value);
            if (!agreeingRepeated.TryGetValue(key, out var agreeing))
            {
                agreeing = new bool[repeated.Count];
                for (var i = 0; i < agreeing.Length; i++)
                {
                    agreeing[i] = repeated[i].CountAgreeing(claim) > 0;
                }

                // Kept only while small: a memo of one flag per key and repeating origin must not grow with n².
                if (agreeing.Length <= MemoisedOrigins)
                {
                    agreeingRepeated.Add(key, agreeing);
                }
            }

            return agreeing;
        }
    }
}
