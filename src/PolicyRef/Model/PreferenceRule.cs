using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace PolicyRef.Model
{
    /// <summary>
    /// The documented rule that picks one claim among several for the same subject and metric, for
    /// convenience only: the others stay reachable through <see cref="ClaimSelection.Alternatives"/>.
    /// </summary>
    /// <remarks>
    /// Claims are ranked by these steps, the first that differs deciding:
    /// <list type="number">
    /// <item>for a varying metric, the period whose midpoint is later (the most recent figure; a wide window of uncertain date counts as its middle, not its end);</item>
    /// <item>the source kind, in the order of <see cref="SourceKind"/> (official statistics first, documentary last);</item>
    /// <item>corroboration: the value that more of the other candidate claims agree with (within the metric's tolerance, for the same thing);</item>
    /// <item>fewer qualifiers (estimate, provisional, derived, planned, bounds, approximate);</item>
    /// <item>the shorter period (a day over a month over a year);</item>
    /// <item>the more recently published source;</item>
    /// <item>the source id, then the value and note, in ordinal order, so the result never depends on file order.</item>
    /// </list>
    /// </remarks>
    public sealed class PreferenceRule
    {
        private const ClaimFlags Qualifiers = ClaimFlags.Estimate | ClaimFlags.Provisional | ClaimFlags.Derived | ClaimFlags.Planned | ClaimFlags.LowerBound | ClaimFlags.UpperBound | ClaimFlags.Approximate;

        private PreferenceRule()
        {
        }

        /// <summary>The rule described above.</summary>
        public static PreferenceRule Default { get; } = new PreferenceRule();

        /// <summary>Ranks claims and chooses the first.</summary>
        /// <param name="claims">Claims for one subject and metric; at least one.</param>
        /// <param name="metric">The metric's definition.</param>
        /// <param name="sources">The sources, by id, to read kinds and publication dates from.</param>
        /// <param name="asOf">If given, only claims whose period ends on or before this day are considered.</param>
        /// <returns>The selection, or null when no claim qualifies.</returns>
        public ClaimSelection? Select(IEnumerable<Claim> claims, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, LocalDate? asOf = null)
        {
            if (claims is null || metric is null || sources is null)
            {
                throw new ArgumentNullException(claims is null ? nameof(claims) : metric is null ? nameof(metric) : nameof(sources));
            }

            return SelectFrom(claims is ImmutableArray<Claim> array ? array : claims.ToImmutableArray(), metric, sources, asOf);
        }

        /// <summary>
        /// The selection by one scan: the rule is a total preorder, so the first of a full ranking is the least claim of
        /// one pass, and the contender (the best claim with a different value, which is what a reader asks about) the
        /// least of another; the full ranking is sorted only if someone asks for it (<see cref="Rank"/>).
        /// </summary>
        internal ClaimSelection? SelectFrom(ImmutableArray<Claim> claims, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, LocalDate? asOf)
        {
            // One pass counts the qualifying claims and, for a varying metric, finds the latest midpoint among them:
            // recency decides first, so only the claims of that midpoint compete (comparing every claim with the best
            // so far would count corroboration for each tie on the way there).
            var varying = metric.Temporality == MetricTemporality.Varying;
            var latest = long.MinValue;
            var count = 0;
            foreach (var claim in claims)
            {
                if (asOf is null || claim.Period.End <= asOf.Value)
                {
                    count++;
                    if (varying)
                    {
                        latest = Math.Max(latest, claim.Period.MidpointDay);
                    }
                }
            }

            if (count == 0)
            {
                return null;
            }

            // The claims themselves when all qualify (the usual case), so nothing is copied.
            var candidates = claims;
            if (count < claims.Length)
            {
                var qualifying = ImmutableArray.CreateBuilder<Claim>(count);
                foreach (var claim in claims)
                {
                    if (claim.Period.End <= asOf!.Value)
                    {
                        qualifying.Add(claim);
                    }
                }

                candidates = qualifying.MoveToImmutable();
            }

            if (candidates.Length == 1)
            {
                return new ClaimSelection(metric, candidates[0], candidates, sources);
            }

            Claim? chosen = null;
            var competing = 0;
            if (varying)
            {
                foreach (var claim in candidates)
                {
                    if (claim.Period.MidpointDay == latest)
                    {
                        chosen ??= claim;
                        competing++;
                    }
                }
            }

            if (!varying || competing > 1)
            {
                var support = new Corroboration(candidates, metric);
                chosen = null;
                foreach (var claim in candidates)
                {
                    if ((!varying || claim.Period.MidpointDay == latest) && (chosen is null || Compare(claim, chosen, metric, sources, support).Order < 0))
                    {
                        chosen = claim;
                    }
                }
            }

            return new ClaimSelection(metric, chosen!, candidates, sources);
        }

        /// <summary>The claim the choice is explained against (the best with a different value, else the runner-up) and the step that decided.</summary>
        internal static (Claim? Contender, PreferenceReason Reason) Explain(Claim chosen, ImmutableArray<Claim> candidates, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources)
        {
            if (candidates.Length == 1)
            {
                return (null, PreferenceReason.OnlyClaim);
            }

            var support = new Corroboration(candidates, metric);
            Claim? runnerUp = null;
            Claim? differing = null;
            foreach (var claim in candidates)
            {
                if (ReferenceEquals(claim, chosen))
                {
                    continue;
                }

                if (runnerUp is null || Compare(claim, runnerUp, metric, sources, support).Order < 0)
                {
                    runnerUp = claim;
                }

                if (!metric.Agree(chosen.Value, claim.Value) && (differing is null || Compare(claim, differing, metric, sources, support).Order < 0))
                {
                    differing = claim;
                }
            }

            var contender = differing ?? runnerUp!;
            return (contender, Compare(chosen, contender, metric, sources, support).Reason);
        }

        /// <summary>Every candidate in the rule's order, <paramref name="chosen"/> first (as the scan chose it among equals).</summary>
        internal static ImmutableArray<Claim> Rank(Claim chosen, ImmutableArray<Claim> candidates, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources)
        {
            var support = new Corroboration(candidates, metric);
            var rest = candidates.Where(c => !ReferenceEquals(c, chosen)).ToList();
            rest.Sort((a, b) => Compare(a, b, metric, sources, support).Order);
            rest.Insert(0, chosen);
            return rest.ToImmutableArray();
        }

        /// <summary>
        /// The rule applied the plain way, by sorting every candidate: the reference <see cref="Select"/> is tested
        /// against (<see cref="SelectFrom"/>: one scan for the chosen claim and its contender, the sort deferred).
        /// </summary>
        internal ClaimSelection? SelectBySorting(IEnumerable<Claim> claims, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, LocalDate? asOf = null)
        {
            var candidates = claims.Where(c => asOf is null || c.Period.End <= asOf.Value).ToList();
            if (candidates.Count == 0)
            {
                return null;
            }

            // Corroboration counts over the candidates as given; the sort runs over a copy, so nothing moves while it counts.
            var support = new Corroboration(candidates.ToImmutableArray(), metric);
            var sorted = candidates.ToList();
            sorted.Sort((a, b) => Compare(a, b, metric, sources, support).Order);
            var ranked = sorted.ToImmutableArray();
            var disagreement = ranked.Skip(1).Any(c => ClaimSelection.IsComparable(metric, ranked[0], c) && !metric.Agree(ranked[0].Value, c.Value));
            if (ranked.Length == 1)
            {
                return new ClaimSelection(metric, ranked[0], PreferenceReason.OnlyClaim, null, false, ranked);
            }

            var contender = ranked.Skip(1).FirstOrDefault(c => !metric.Agree(ranked[0].Value, c.Value)) ?? ranked[1];
            return new ClaimSelection(metric, ranked[0], Compare(ranked[0], contender, metric, sources, support).Reason, contender, disagreement, ranked);
        }

        private static (int Order, PreferenceReason Reason) Compare(Claim a, Claim b, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, Corroboration support)
        {
            int order;
            if (metric.Temporality == MetricTemporality.Varying && (order = Midpoint(b.Period).CompareTo(Midpoint(a.Period))) != 0)
            {
                return (order, PreferenceReason.MoreRecentPeriod);
            }

            // Sources are looked up only past the recency step, which decides most comparisons of a varying metric.
            sources.TryGetValue(a.SourceId, out var sourceA);
            sources.TryGetValue(b.SourceId, out var sourceB);
            if ((order = KindRank(sourceA).CompareTo(KindRank(sourceB))) != 0)
            {
                return (order, PreferenceReason.SourceKind);
            }

            if ((order = support.Of(b).CompareTo(support.Of(a))) != 0)
            {
                return (order, PreferenceReason.Corroborated);
            }

            if ((order = CountBits(a.Flags & Qualifiers).CompareTo(CountBits(b.Flags & Qualifiers))) != 0)
            {
                return (order, PreferenceReason.FewerQualifiers);
            }

            if ((order = Length(a.Period).CompareTo(Length(b.Period))) != 0)
            {
                return (order, PreferenceReason.FinerPeriod);
            }

            if ((order = Nullable.Compare(sourceB?.Published, sourceA?.Published)) != 0)
            {
                return (order, PreferenceReason.NewerSource);
            }

            if ((order = string.CompareOrdinal(a.SourceId, b.SourceId)) != 0)
            {
                return (order, PreferenceReason.SourceIdOrder);
            }

            // Same source, period and qualifiers: order by content so that file order never matters.
            if ((order = a.Period.CompareTo(b.Period)) != 0
                || (order = string.CompareOrdinal(a.Value.ToString(), b.Value.ToString())) != 0
                || (order = string.CompareOrdinal(a.Unit.Symbol, b.Unit.Symbol)) != 0
                || (order = ((int)a.Flags).CompareTo((int)b.Flags)) != 0
                || (order = string.CompareOrdinal(a.Note ?? string.Empty, b.Note ?? string.Empty)) != 0)
            {
                return (order, PreferenceReason.SourceIdOrder);
            }

            return (0, PreferenceReason.Identical);
        }

        // Days since the epoch of the period's middle day, so that a wide interval does not pass for a recent figure.
        private static long Midpoint(ReferencePeriod period) => period.MidpointDay;

        private static int KindRank(Source? source) => source is null ? int.MaxValue : (int)source.Kind;

        private static int Length(ReferencePeriod period) => period.LengthInDays;

        private static int CountBits(ClaimFlags flags)
        {
            var count = 0;
            for (var bits = (int)flags; bits != 0; bits &= bits - 1)
            {
                count++;
            }

            return count;
        }
    }
}
