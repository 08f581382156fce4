using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Export
{
    /// <summary>
    /// What a claim is beyond its value, as every machine format writes it: the flags by name, the metric
    /// variant it counts and the part of its subject it counts. The exports and the query tables read qualifiers only through here, so a new
    /// qualifier reaches every format at once.
    /// </summary>
    public static class ClaimQualifiers
    {
        /// <summary>Every flag name, in the order the formats list them.</summary>
        public static IReadOnlyList<string> FlagNames { get; } = Array.AsReadOnly(Vocabulary.ExportFlagNames((ClaimFlags)~0).ToArray());

        /// <summary>The claim's flags by name (<c>estimate</c>, <c>lower-bound</c>, …), in the order of <see cref="FlagNames"/>; empty for a plain figure.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The names.</returns>
        public static ImmutableArray<string> Flags(Claim claim)
        {
            if (claim is null)
            {
                throw new ArgumentNullException(nameof(claim));
            }

            return Vocabulary.ExportFlagNames(claim.Flags).ToImmutableArray();
        }

        /// <summary>The flags as one field: names separated by semicolons, empty for a plain figure.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The text.</returns>
        public static string FlagText(Claim claim) => string.Join(";", Flags(claim));

        /// <summary>The id of the metric variant the claim counts; null for the metric's standard definition.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The variant id, or null.</returns>
        public static string? Definition(Claim claim)
        {
            if (claim is null)
            {
                throw new ArgumentNullException(nameof(claim));
            }

            return claim.Definition;
        }

        /// <summary>The kind of part the claim counts, as the data files spell it (<c>per-module</c>, <c>per-corps</c>, …); null for a whole.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The part kind, or null.</returns>
        public static string? Part(Claim claim)
        {
            if (claim is null)
            {
                throw new ArgumentNullException(nameof(claim));
            }

            return claim.Part is null ? null : Vocabulary.Name(Vocabulary.PartKinds, claim.Part.Kind);
        }

        /// <summary>Which part the claim counts, in words ("soldiers", "Security Housing Unit"); null for a whole.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The label, or null.</returns>
        public static string? PartLabel(Claim claim)
        {
            if (claim is null)
            {
                throw new ArgumentNullException(nameof(claim));
            }

            return claim.Part?.Label;
        }

        /// <summary>The period of the whole a part belongs to, when the data names one that differs from the claim's own; null otherwise and for a whole.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The whole's period as written (yyyy, yyyy-MM, yyyy-MM-dd or start/end), or null.</returns>
        public static string? PartOf(Claim claim)
        {
            if (claim is null)
            {
                throw new ArgumentNullException(nameof(claim));
            }

            return claim.Part?.Whole?.ToString();
        }
    }
}
