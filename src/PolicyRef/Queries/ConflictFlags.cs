using System;
using System.Collections.Generic;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// What the inconsistent pairs of a conflict's claims (planned ones aside) say: whether two of different definitions
    /// disagree, whether a suspect claim disagrees, whether two comparable claims disagree, whether every such disagreement
    /// is explained by a note that mentions the other figure, and whether one of them was read by hand from its source.
    /// </summary>
    internal readonly struct ConflictFlags
    {
        public ConflictFlags(bool disagreement, bool definitional, bool suspect, bool explained, bool curated)
        {
            Disagreement = disagreement;
            Definitional = definitional;
            Suspect = suspect;
            Explained = explained;
            Curated = curated;
        }

        public bool Disagreement { get; }

        public bool Definitional { get; }

        public bool Suspect { get; }

        public bool Explained { get; }

        public bool Curated { get; }

        /// <summary>
        /// The flags. When every claim is a plain number (no bound), two claims are consistent exactly when the intervals they
        /// allow meet (agreeing within the tolerance implies it), so whether a set holds an inconsistent pair is whether its
        /// greatest low end exceeds its least high end: linear, not a comparison of every pair. Only pairs involving a claim
        /// with a note are still looked at one by one, to see whether the note explains them. Anything else is compared pairwise.
        /// </summary>
        public static ConflictFlags Of(Func<Claim, bool> isCurated, MetricDefinition metric, IReadOnlyList<Claim> claims)
        {
            var compared = claims.Where(c => !c.Has(ClaimFlags.Planned)).ToList();
            return compared.All(c => c.Value.Kind == ClaimValueKind.Number && !c.Has(ClaimFlags.LowerBound) && !c.Has(ClaimFlags.UpperBound))
                ? ByIntervals(isCurated, metric, compared)
                : Pairwise(isCurated, metric, claims);
        }

        /// <summary>The definition: every pair of claims compared (quadratic; the oracle for tests and the way for dates, categories and bounds).</summary>
        public static ConflictFlags Pairwise(Func<Claim, bool> isCurated, MetricDefinition metric, IReadOnlyList<Claim> claims)
        {
            bool disagreement = false, definitional = false, suspect = false, explained = true, curated = false;
            for (var i = 0; i < claims.Count; i++)
            {
                for (var j = i + 1; j < claims.Count; j++)
                {
                    Claim a = claims[i], b = claims[j];
                    // A plan is not a measurement, and successive plans are not disagreements.
                    if (a.Has(ClaimFlags.Planned) || b.Has(ClaimFlags.Planned) || ClaimComparison.Consistent(metric, a, b))
                    {
                        continue;
                    }

                    if (!string.Equals(a.Definition, b.Definition, StringComparison.Ordinal))
                    {
                        definitional = true;
                    }
                    else if (a.Has(ClaimFlags.Suspect) || b.Has(ClaimFlags.Suspect))
                    {
                        suspect = true;
                    }
                    else
                    {
                        disagreement = true;
                        curated |= isCurated(a) || isCurated(b);
                        explained &= Explains(a, b);
                    }
                }
            }

            return new ConflictFlags(disagreement, definitional, suspect, explained, curated);
        }

        private static bool Explains(Claim a, Claim b) => ClaimComparison.NoteMentions(a, b) || ClaimComparison.NoteMentions(b, a);

        private static ConflictFlags ByIntervals(Func<Claim, bool> isCurated, MetricDefinition metric, List<Claim> claims)
        {
            bool disagreement = false, definitional = false, suspect = false, explained = true, curated = false;
            var byDefinition = claims.GroupBy(c => c.Definition, StringComparer.Ordinal).Select(g => new Span(metric, g)).ToList();
            for (var i = 0; i < byDefinition.Count && !definitional; i++)
            {
                for (var j = 0; j < byDefinition.Count; j++)
                {
                    definitional |= i != j && byDefinition[i].MaxLow > byDefinition[j].MinHigh;
                }
            }

            foreach (var sameDefinition in claims.GroupBy(c => c.Definition, StringComparer.Ordinal))
            {
                var suspects = new Span(metric, sameDefinition.Where(c => c.Has(ClaimFlags.Suspect)));
                var others = sameDefinition.Where(c => !c.Has(ClaimFlags.Suspect)).ToList();
                var plain = new Span(metric, others);
                suspect |= Span.Inconsistent(suspects, suspects) || Span.Inconsistent(suspects, plain);
                if (!Span.Inconsistent(plain, plain))
                {
                    continue;
                }

                disagreement = true;
                curated |= Span.Inconsistent(new Span(metric, others.Where(isCurated)), plain);
                if (explained)
                {
                    explained = AllExplained(metric, others);
                }
            }

            return new ConflictFlags(disagreement, definitional, suspect, explained, curated);
        }

        // Two claims without a note explain nothing; only pairs with a noted claim need their notes read.
        private static bool AllExplained(MetricDefinition metric, List<Claim> claims)
        {
            var noted = claims.Where(c => !string.IsNullOrEmpty(c.Note)).ToList();
            var unnoted = new Span(metric, claims.Where(c => string.IsNullOrEmpty(c.Note)));
            if (Span.Inconsistent(unnoted, unnoted))
            {
                return false;
            }

            foreach (var a in noted)
            {
                foreach (var b in claims)
                {
                    if (!ReferenceEquals(a, b) && !ClaimComparison.Consistent(metric, a, b) && !Explains(a, b))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>The greatest low end and least high end of the intervals a set of plain figures allows.</summary>
        private readonly struct Span
        {
            public Span(MetricDefinition metric, IEnumerable<Claim> claims)
            {
                MaxLow = decimal.MinValue;
                MinHigh = decimal.MaxValue;
                Any = false;
                foreach (var claim in claims)
                {
                    Any = true;
                    MaxLow = Math.Max(MaxLow, ClaimComparison.Low(metric, claim));
                    MinHigh = Math.Min(MinHigh, ClaimComparison.High(metric, claim));
                }
            }

            public decimal MaxLow { get; }

            public decimal MinHigh { get; }

            public bool Any { get; }

            // A claim's own interval always meets itself, so a low end above a high end comes from two different claims.
            public static bool Inconsistent(Span x, Span y) => x.Any && y.Any && (x.MaxLow > y.MinHigh || y.MaxLow > x.MinHigh);
        }
    }
}
