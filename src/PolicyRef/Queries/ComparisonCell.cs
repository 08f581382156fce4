using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One facility's figure for one metric in a <see cref="FacilityComparison"/>.</summary>
    public sealed class ComparisonCell
    {
        internal ComparisonCell(Facility facility, ClaimSelection? selection)
        {
            Facility = facility;
            Selection = selection;
        }

        /// <summary>The facility (the column).</summary>
        public Facility Facility { get; }

        /// <summary>The preferred claim with its alternatives, or null when the facility has no claim for the metric.</summary>
        public ClaimSelection? Selection { get; }

        /// <summary>Whether the facility has a claim for the metric.</summary>
        public bool HasValue => Selection is not null;

        /// <summary>Whether sources disagree about this figure.</summary>
        public bool HasDisagreement => Selection?.HasDisagreement ?? false;

        /// <inheritdoc />
        public override string ToString() => Selection is null ? "—" : ClaimFormatter.FormatValue(Selection.Chosen, Selection.Metric);
    }
}
