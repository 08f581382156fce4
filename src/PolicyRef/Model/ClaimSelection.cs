using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace PolicyRef.Model
{
    /// <summary>
    /// The claim a <see cref="PreferenceRule"/> chose among several for one subject and metric, why it
    /// chose it, and every other claim, with the ones that disagree with it marked.
    /// </summary>
    public sealed class ClaimSelection
    {

        private readonly ImmutableArray<Claim> candidates;
        private readonly IReadOnlyDictionary<string, Source> sources;
        private ImmutableArray<Claim> ranked;
        private ImmutableArray<Claim> disagreements;

        // 0 until worked out, then 1 (no disagreement) or 2; a race at worst works it out twice, with the same answer.
        private int disagreementState;
        private Tuple<Claim?, PreferenceReason>? explained;

        internal ClaimSelection(MetricDefinition metric, Claim chosen, PreferenceReason reason, Claim? contender, bool hasDisagreement, ImmutableArray<Claim> ranked, string? definition, ImmutableArray<Claim> setAside)
            : this(metric, chosen, ranked, ImmutableDictionary<string, Source>.Empty, definition, setAside)
        {
            disagreementState = hasDisagreement ? 2 : 1;
            this.ranked = ranked;
            explained = Tuple.Create(contender, reason);
        }

        // The contender, the reason and the full ranking are worked out on first use: a ranking of many subjects needs
        // only each chosen claim and whether anything disagrees with it.
        internal ClaimSelection(MetricDefinition metric, Claim chosen, ImmutableArray<Claim> candidates, IReadOnlyDictionary<string, Source> sources, string? definition, ImmutableArray<Claim> setAside)
        {
            Metric = metric;
            Chosen = chosen;
            Definition = definition;
            SetAside = setAside.IsDefault ? ImmutableArray<Claim>.Empty : setAside;
            this.candidates = candidates;
            this.sources = sources;
        }

        /// <summary>The metric.</summary>
        public MetricDefinition Metric { get; }

        /// <summary>The chosen claim.</summary>
        public Claim Chosen { get; }

        /// <summary>The definition the claims competed for: a variant id, or null for the metric's standard definition.</summary>
        public string? Definition { get; }

        /// <summary>The claims that did not compete: parts of the subject and claims of another definition (a variant, or the standard one when a variant was asked for).</summary>
        public ImmutableArray<Claim> SetAside { get; }

        /// <summary>Every competing claim, most preferred first; the first is <see cref="Chosen"/>.</summary>
        public ImmutableArray<Claim> Ranked
        {
            get
            {
                // Sorted on first use; the sort is deterministic, so a race at worst sorts twice and stores equal arrays.
                if (ranked.IsDefault)
                {
                    ImmutableInterlocked.InterlockedInitialize(ref ranked, candidates.Length == 1 ? ImmutableArray.Create(Chosen) : PreferenceRule.Rank(Chosen, candidates, Metric, sources));
                }

                return ranked;
            }
        }

        /// <summary>The claims that were not chosen, most preferred first.</summary>
        public ImmutableArray<Claim> Alternatives => Ranked.RemoveAt(0);

        /// <summary>The claim the choice is explained against: the best-ranked claim with a different value, else the runner-up; null when there is only one claim.</summary>
        public Claim? Contender => Explained.Item1;

        /// <summary>Which step of the rule decided between the chosen claim and <see cref="Contender"/>.</summary>
        public PreferenceReason Reason => Explained.Item2;

        /// <summary>
        /// Alternatives that describe the same thing as the chosen claim (in the same unit; any period for a fixed metric,
        /// an overlapping period for a varying one) and differ from it beyond the metric's tolerance.
        /// </summary>
        public ImmutableArray<Claim> Disagreements
        {
            get
            {
                if (disagreements.IsDefault)
                {
                    var chosen = Chosen;
                    ImmutableInterlocked.InterlockedInitialize(ref disagreements, HasDisagreement ? Ranked.Skip(1).Where(c => IsComparable(Metric, chosen, c) && !ClaimComparison.Consistent(Metric, chosen, c)).ToImmutableArray() : ImmutableArray<Claim>.Empty);
                }

                return disagreements;
            }
        }

        /// <summary>Whether any source disagrees with the chosen claim.</summary>
        public bool HasDisagreement
        {
            get
            {
                var state = Volatile.Read(ref disagreementState);
                if (state == 0)
                {
                    state = 1;
                    foreach (var claim in candidates)
                    {
                        if (!ReferenceEquals(claim, Chosen) && IsComparable(Metric, Chosen, claim) && !ClaimComparison.Consistent(Metric, Chosen, claim))
                        {
                            state = 2;
                            break;
                        }
                    }

                    Volatile.Write(ref disagreementState, state);
                }

                return state == 2;
            }
        }

        private Tuple<Claim?, PreferenceReason> Explained
        {
            get
            {
                if (explained is null)
                {
                    var (contender, reason) = PreferenceRule.Explain(Chosen, candidates, Metric, sources);
                    Interlocked.CompareExchange(ref explained, Tuple.Create(contender, reason), null);
                }

                return explained!;
            }
        }

        /// <summary>A sentence saying why the chosen claim was chosen.</summary>
        public string Explanation => Reason switch
        {
            PreferenceReason.OnlyClaim => "It is the only claim" + Competition + ".",
            PreferenceReason.NotSuspect => $"The other claim is suspect ({Contender!.SuspectReason}); this one is not.",
            PreferenceReason.MoreRecentPeriod => $"Its period ({Chosen.Period}) ends later than the other claim's ({Contender!.Period}).",
            PreferenceReason.SourceKind => "Its source is of a more preferred kind than the other claim's (official statistics, government, intergovernmental, research, NGO, press, documentary, other).",
            PreferenceReason.Corroborated => "More independent origins agree with its value than with the other claim's.",
            PreferenceReason.FewerQualifiers => "It is a plain figure; the other claim is qualified (estimate, bound, planned, derived, provisional or approximate).",
            PreferenceReason.FinerPeriod => $"Its period ({Chosen.Period}) is finer than the other claim's ({Contender!.Period}).",
            PreferenceReason.NewerSource => "Its source was published more recently than the other claim's.",
            PreferenceReason.SourceIdOrder => "Everything else being equal, its source id sorts first.",
            PreferenceReason.ContentOrder => "Both come from the same source; everything else being equal, its period, value or note sorts first.",
            _ => "The other claims are identical to it.",
        };

        // Said after "It is the only claim" when other claims were set aside, so a reader knows they exist.
        private string Competition => SetAside.IsEmpty ? string.Empty : Definition is null
            ? $" of the standard definition for the whole subject ({SetAside.Length} part or variant claim{(SetAside.Length == 1 ? " was" : "s were")} set aside)"
            : $" of the variant '{Definition}' ({SetAside.Length} other claim{(SetAside.Length == 1 ? " was" : "s were")} set aside)";

        internal static bool IsComparable(MetricDefinition metric, Claim a, Claim b) =>
            a.Unit.Equals(b.Unit) && (metric.Temporality == MetricTemporality.Fixed || (metric.Measure == MetricMeasure.Flow ? a.Period.Equals(b.Period) : a.Period.Overlaps(b.Period)));

        /// <inheritdoc />
        public override string ToString() => $"{Chosen} ({Alternatives.Length} alternatives{(HasDisagreement ? ", disagreeing" : string.Empty)})";
    }
}
