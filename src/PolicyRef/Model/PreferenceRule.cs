using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace PolicyRef.Model
{
    /// <summary>
    /// The documented rule that picks one claim among several for the same subject and metric, for
    /// convenience only: the others stay reachable through <see cref="ClaimSelection.Alternatives"/> and
    /// <see cref="ClaimSelection.SetAside"/>.
    /// </summary>
    /// <remarks>
    /// Comparability first: only claims that count the asked definition (the metric's standard one unless a variant is
    /// asked for) and the whole subject compete; parts and other definitions are set aside. The competing claims are
    /// ranked by these steps, the first that differs deciding:
    /// <list type="number">
    /// <item>not suspect: a claim a plausibility screen doubts loses to one it does not;</item>
    /// <item>for a varying metric, the later reference date: the period's last day (a window known only to end by a
    /// listing's publication is dated at that end, as filters and staleness warnings date it);</item>
    /// <item>the source kind, in the order of <see cref="SourceKind"/> (official statistics first, documentary last);</item>
    /// <item>corroboration: the value more independent origins agree with (within the metric's tolerance; re-publications
    /// of one origin count once);</item>
    /// <item>fewer qualifiers (estimate, provisional, derived, planned, bounds, approximate);</item>
    /// <item>the finer granularity (a day over a month over a year; an interval by its length);</item>
    /// <item>the more recently published source, when both say when they were published;</item>
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

        /// <summary>Ranks the claims of the metric's standard definition that count the whole subject, and chooses the first.</summary>
        /// <param name="claims">Claims for one subject and metric.</param>
        /// <param name="metric">The metric's definition.</param>
        /// <param name="sources">The sources, by id, to read kinds, origins and publication dates from.</param>
        /// <param name="asOf">If given, only claims whose period ends on or before this day are considered.</param>
        /// <returns>The selection, or null when no claim qualifies.</returns>
        public ClaimSelection? Select(IEnumerable<Claim> claims, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, LocalDate? asOf = null) =>
            SelectVariant(claims, metric, sources, null, asOf);

        /// <summary>Ranks the claims of one definition that count the whole subject, and chooses the first.</summary>
        /// <param name="claims">Claims for one subject and metric.</param>
        /// <param name="metric">The metric's definition.</param>
        /// <param name="sources">The sources, by id, to read kinds, origins and publication dates from.</param>
        /// <param name="definition">The id of a variant of the metric; null for its standard definition.</param>
        /// <param name="asOf">If given, only claims whose period ends on or before this day are considered.</param>
        /// <returns>The selection, or null when no claim qualifies.</returns>
        public ClaimSelection? SelectVariant(IEnumerable<Claim> claims, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, string? definition, LocalDate? asOf = null)
        {
            if (claims is null || metric is null || sources is null)
            {
                throw new ArgumentNullException(claims is null ? nameof(claims) : metric is null ? nameof(metric) : nameof(sources));
            }

            return SelectFrom(claims is ImmutableArray<Claim> array ? array : claims.ToImmutableArray(), metric, sources, asOf, definition);
        }

        /// <summary>Whether a claim competes for the preferred figure of the given definition: it counts that definition and the whole subject.</summary>
        /// <param name="claim">The claim.</param>
        /// <param name="definition">The id of a variant; null for the standard definition.</param>
        /// <returns>True when it competes.</returns>
        public static bool Competes(Claim claim, string? definition) =>
            claim is not null && claim.IsWhole && string.Equals(claim.Definition, definition, StringComparison.Ordinal);

        /// <summary>
        /// The selection by one scan: the rule is a total preorder, so the first of a full ranking is the least claim of
        /// one pass; the full ranking is sorted only if someone asks for it (<see cref="Rank"/>).
        /// </summary>
        internal ClaimSelection? SelectFrom(ImmutableArray<Claim> claims, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, LocalDate? asOf, string? definition = null)
        {
            // One pass counts the competing claims and, for a varying metric, finds the latest end among the best suspect
            // class: suspicion decides first and recency next, so only the claims of that class and date compete further.
            var varying = metric.Temporality == MetricTemporality.Varying;
            var latest = LocalDate.MinIsoValue;
            var latestSuspect = LocalDate.MinIsoValue;
            var count = 0;
            var anySound = false;
            var setAside = 0;
            foreach (var claim in claims)
            {
                if (asOf is not null && claim.Period.End > asOf.Value)
                {
                    continue;
                }

                if (!Competes(claim, definition))
                {
                    setAside++;
                    continue;
                }

                count++;
                if (claim.Has(ClaimFlags.Suspect))
                {
                    latestSuspect = Max(latestSuspect, claim.Period.End);
                }
                else
                {
                    anySound = true;
                    latest = Max(latest, claim.Period.End);
                }
            }

            if (count == 0)
            {
                return null;
            }

            if (!anySound)
            {
                latest = latestSuspect;
            }

            // The claims themselves when all compete (the usual case), so nothing is copied.
            var candidates = claims;
            var asideClaims = ImmutableArray<Claim>.Empty;
            if (count < claims.Length)
            {
                var competing = ImmutableArray.CreateBuilder<Claim>(count);
                var aside = ImmutableArray.CreateBuilder<Claim>(setAside);
                foreach (var claim in claims)
                {
                    if (asOf is not null && claim.Period.End > asOf.Value)
                    {
                        continue;
                    }

                    if (Competes(claim, definition))
                    {
                        competing.Add(claim);
                    }
                    else
                    {
                        aside.Add(claim);
                    }
                }

                candidates = competing.MoveToImmutable();
                asideClaims = aside.MoveToImmutable();
            }

            if (candidates.Length == 1)
            {
                return new ClaimSelection(metric, candidates[0], candidates, sources, definition, asideClaims);
            }

            Claim? chosen = null;
            var contenders = 0;
            foreach (var claim in candidates)
            {
                if (InBestClass(claim, anySound, varying, latest))
                {
                    chosen ??= claim;
                    contenders++;
                }
            }

            if (contenders > 1)
            {
                var support = new Corroboration(candidates, metric, sources);
                chosen = null;
                foreach (var claim in candidates)
                {
                    if (InBestClass(claim, anySound, varying, latest) && (chosen is null || Compare(claim, chosen, metric, sources, support).Order < 0))
                    {
                        chosen = claim;
                    }
                }
            }

            return new ClaimSelection(metric, chosen!, candidates, sources, definition, asideClaims);
        }

        /// <summary>The claim the choice is explained against (the best with a different value, else the runner-up) and the step that decided.</summary>
        internal static (Claim? Contender, PreferenceReason Reason) Explain(Claim chosen, ImmutableArray<Claim> candidates, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources)
        {
            if (candidates.Length == 1)
            {
                return (null, PreferenceReason.OnlyClaim);
            }

            var support = new Corroboration(candidates, metric, sources);
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
            var support = new Corroboration(candidates, metric, sources);
            // Each claim's source, corroboration and value text are looked up once, not in every comparison: a conflict ranks
            // thousands of claims, most of them tied on period, and ties otherwise ask for all three again each time. The
            // comparisons, and so the order, are the same.
            var rest = candidates.Where(c => !ReferenceEquals(c, chosen)).Select(c => new RankedClaim(c, sources, support)).ToList();
            rest.Sort((a, b) => Compare(a, b, metric, sources, support).Order);
            var ranked = ImmutableArray.CreateBuilder<Claim>(rest.Count + 1);
            ranked.Add(chosen);
            foreach (var claim in rest)
            {
                ranked.Add(claim.Claim);
            }

            return ranked.MoveToImmutable();
        }

        /// <summary>
        /// The rule applied the plain way, by sorting every competing candidate: the reference <see cref="SelectVariant"/>
        /// is tested against (<see cref="SelectFrom"/>: one scan for the chosen claim, the sort deferred).
        /// </summary>
        internal ClaimSelection? SelectBySorting(IEnumerable<Claim> claims, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, LocalDate? asOf = null, string? definition = null)
        {
            var dated = claims.Where(c => asOf is null || c.Period.End <= asOf.Value).ToList();
            var candidates = dated.Where(c => Competes(c, definition)).ToList();
            if (candidates.Count == 0)
            {
                return null;
            }

            var aside = dated.Where(c => !Competes(c, definition)).ToImmutableArray();
            var support = new Corroboration(candidates.ToImmutableArray(), metric, sources);
            var sorted = candidates.ToList();
            sorted.Sort((a, b) => Compare(a, b, metric, sources, support).Order);
            var ranked = sorted.ToImmutableArray();
            var disagreement = ranked.Skip(1).Any(c => ClaimSelection.IsComparable(metric, ranked[0], c) && !ClaimComparison.Consistent(metric, ranked[0], c));
            if (ranked.Length == 1)
            {
                return new ClaimSelection(metric, ranked[0], PreferenceReason.OnlyClaim, null, false, ranked, definition, aside);
            }

            var contender = ranked.Skip(1).FirstOrDefault(c => !metric.Agree(ranked[0].Value, c.Value)) ?? ranked[1];
            return new ClaimSelection(metric, ranked[0], Compare(ranked[0], contender, metric, sources, support).Reason, contender, disagreement, ranked, definition, aside);
        }

        /// <summary>How fine a period is: a day, a month, a year, or an interval by the calendar unit its length fits in.</summary>
        internal static int Granularity(ReferencePeriod period) => period.Precision switch
        {
            PeriodPrecision.Day => 0,
            PeriodPrecision.Month => 1,
            PeriodPrecision.Year => 2,
            _ => period.LengthInDays <= 1 ? 0 : period.LengthInDays <= 31 ? 1 : period.LengthInDays <= 366 ? 2 : 3,
        };

        private static bool InBestClass(Claim claim, bool anySound, bool varying, LocalDate latest) =>
            (!anySound || !claim.Has(ClaimFlags.Suspect)) && (!varying || claim.Period.End == latest);

        private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

        /// <summary>The rule's order of two claims (negative when <paramref name="a"/> is preferred) and the step that decided.</summary>
        internal static (int Order, PreferenceReason Reason) Compare(Claim a, Claim b, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, Corroboration support) =>
            Compare(new RankedClaim(a), new RankedClaim(b), metric, sources, support);

        private static (int Order, PreferenceReason Reason) Compare(RankedClaim rankedA, RankedClaim rankedB, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, Corroboration support)
        {
            Claim a = rankedA.Claim, b = rankedB.Claim;
            int order;
            if ((order = a.Has(ClaimFlags.Suspect).CompareTo(b.Has(ClaimFlags.Suspect))) != 0)
            {
                return (order, PreferenceReason.NotSuspect);
            }

            if (metric.Temporality == MetricTemporality.Varying && (order = b.Period.End.CompareTo(a.Period.End)) != 0)
            {
                return (order, PreferenceReason.MoreRecentPeriod);
            }

            // Sources are looked up only past the recency step, which decides most comparisons of a varying metric.
            var sourceA = rankedA.SourceIn(sources);
            var sourceB = rankedB.SourceIn(sources);
            if ((order = KindRank(sourceA).CompareTo(KindRank(sourceB))) != 0)
            {
                return (order, PreferenceReason.SourceKind);
            }

            if ((order = rankedB.SupportIn(support).CompareTo(rankedA.SupportIn(support))) != 0)
            {
                return (order, PreferenceReason.Corroborated);
            }

            if ((order = CountBits(a.Flags & Qualifiers).CompareTo(CountBits(b.Flags & Qualifiers))) != 0)
            {
                return (order, PreferenceReason.FewerQualifiers);
            }

            if ((order = Granularity(a.Period).CompareTo(Granularity(b.Period))) != 0)
            {
                return (order, PreferenceReason.FinerPeriod);
            }

            // An undated source is not taken to be older: the step decides only between two dated sources.
            if (sourceA?.Published is { } publishedA && sourceB?.Published is { } publishedB && (order = publishedB.CompareTo(publishedA)) != 0)
            {
                return (order, PreferenceReason.NewerSource);
            }

            if ((order = string.CompareOrdinal(a.SourceId, b.SourceId)) != 0)
            {
                return (order, PreferenceReason.SourceIdOrder);
            }

            // Same source: order by content so that file order never matters.
            if ((order = a.Period.CompareTo(b.Period)) != 0
                || (order = string.CompareOrdinal(rankedA.ValueText, rankedB.ValueText)) != 0
                || (order = string.CompareOrdinal(a.Unit.Symbol, b.Unit.Symbol)) != 0
                || (order = ((int)a.Flags).CompareTo((int)b.Flags)) != 0
                || (order = string.CompareOrdinal(a.Note ?? string.Empty, b.Note ?? string.Empty)) != 0)
            {
                return (order, PreferenceReason.ContentOrder);
            }

            return (0, PreferenceReason.Identical);
        }

        /// <summary>The rank of a source's kind in the rule (lower is preferred); a claim whose source is unknown comes last.</summary>
        internal static int KindRank(Source? source) => source is null ? int.MaxValue : (int)source.Kind;

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
