using System;

namespace PolicyRef.Model
{
    /// <summary>Says that a claim counts a part of its subject's figure, which part, and which whole it belongs to.</summary>
    public sealed class ClaimPart
    {
        /// <summary>Creates a part description.</summary>
        /// <param name="kind">What kind of part.</param>
        /// <param name="label">Which part, in words ("soldiers", "Security Housing Unit").</param>
        /// <param name="whole">The period of the whole figure this part belongs to, when it differs from the claim's own; null otherwise.</param>
        public ClaimPart(PartKind kind, string label, ReferencePeriod? whole)
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                throw new ArgumentException("A part needs a label that says which part it is.", nameof(label));
            }

            Kind = kind;
            Label = label;
            Whole = whole;
        }

        /// <summary>What kind of part.</summary>
        public PartKind Kind { get; }

        /// <summary>Which part, in words.</summary>
        public string Label { get; }

        /// <summary>The period of the whole this part belongs to, when it differs from the claim's own; null otherwise.</summary>
        public ReferencePeriod? Whole { get; }

        /// <summary>Whether parts of this kind add up to their whole (sections, corps, groups, flights, months, regions) rather than each repeating a per-unit value.</summary>
        public bool IsAdditive => Kind != PartKind.PerModule && Kind != PartKind.PerShift;

        /// <inheritdoc />
        public override string ToString() => Label + (Whole is null ? string.Empty : " of " + Whole);
    }
}
