using System.Collections.Immutable;
using PolicyRef.Model;

namespace PolicyRef.Standards
{
    /// <summary>One rule evaluated against a facility: the outcome, why, and the claims used as evidence.</summary>
    public sealed class RuleAssessment
    {
        internal RuleAssessment(Standard standard, StandardRule rule, Compliance outcome, string reason, ImmutableArray<Claim> evidence, DerivedValue? derived)
        {
            Standard = standard;
            Rule = rule;
            Outcome = outcome;
            Reason = reason;
            Evidence = evidence;
            Derived = derived;
        }

        /// <summary>The standard.</summary>
        public Standard Standard { get; }

        /// <summary>The rule.</summary>
        public StandardRule Rule { get; }

        /// <summary>Met, NotMet or Unknown.</summary>
        public Compliance Outcome { get; }

        /// <summary>Why, in a sentence.</summary>
        public string Reason { get; }

        /// <summary>The claims the outcome rests on; empty only when the outcome is Unknown.</summary>
        public ImmutableArray<Claim> Evidence { get; }

        /// <summary>A value derived for the check (space per person), if any.</summary>
        public DerivedValue? Derived { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Standard.Id} {Rule.Number}: {Outcome} — {Reason}";
    }
}
