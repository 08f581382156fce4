using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Two series' points for the same period.</summary>
    public sealed class AlignedPoint
    {
        internal AlignedPoint(ReferencePeriod period, SeriesPoint left, SeriesPoint right)
        {
            Period = period;
            Left = left;
            Right = right;
        }

        /// <summary>The common period.</summary>
        public ReferencePeriod Period { get; }

        /// <summary>The first series' point.</summary>
        public SeriesPoint Left { get; }

        /// <summary>The second series' point.</summary>
        public SeriesPoint Right { get; }

        /// <summary>The first value minus the second.</summary>
        public decimal Difference => Left.Value - Right.Value;

        /// <inheritdoc />
        public override string ToString() => $"{Period}: {Left.Value} | {Right.Value}";
    }
}
