using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One facility's figure for one metric in a <see cref="FacilityComparison"/>.</summary>
    public sealed class ComparisonCell
    {
        internal ComparisonCell(Facility facility, ClaimSelection? selection, System.Collections.Immutable.ImmutableArray<Claim> parts)
        {
            Facility = facility;
            Selection = selection;
            Parts = parts;
        }

        /// <summary>The facility (the column).</summary>
        public Facility Facility { get; }

        /// <summary>The preferred claim with its alternatives, or null when the facility has no claim for the metric.</summary>
        public ClaimSelection? Selection { get; }

        /// <summary>The claims that count a part of the facility for the metric (one module, one corps): listed as parts, never shown as its figure.</summary>
        public System.Collections.Immutable.ImmutableArray<Claim> Parts { get; }

        /// <summary>Whether the facility has a claim for the metric.</summary>
        public bool HasValue => Selection is not null;

        /// <summary>Whether sources disagree about this figure.</summary>
        public bool HasDisagreement => Selection?.HasDisagreement ?? false;

        /// <inheritdoc />
        public override string ToString() => Selection is null ? "—" : ClaimFormatter.FormatValue(Selection.Chosen, Selection.Metric);
    }
}
