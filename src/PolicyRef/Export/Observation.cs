using System;
using System.Collections.Immutable;
using PolicyRef.Model;

namespace PolicyRef.Export
{
    /// <summary>One row of the observations table: a claim with its qualifiers and whether the default rule prefers it in its cell.</summary>
    public sealed class Observation
    {
        internal Observation(Claim claim, bool preferred)
        {
            Claim = claim ?? throw new ArgumentNullException(nameof(claim));
            Preferred = preferred;
        }

        /// <summary>The claim.</summary>
        public Claim Claim { get; }

        /// <summary>
        /// Whether <see cref="PreferenceRule.Default"/> picks this claim for its subject, metric and period (for a
        /// fixed metric, for its subject and metric): at most one claim of a cell is preferred.
        /// </summary>
        public bool Preferred { get; }

        /// <summary>The claim's flags by name, as <see cref="ClaimQualifiers.Flags"/> gives them.</summary>
        public ImmutableArray<string> Flags => ClaimQualifiers.Flags(Claim);

        /// <summary>The metric variant the claim counts; null for the standard definition.</summary>
        public string? Definition => ClaimQualifiers.Definition(Claim);

        /// <inheritdoc />
        public override string ToString() => Claim + (Preferred ? " (preferred)" : string.Empty);
    }
}
