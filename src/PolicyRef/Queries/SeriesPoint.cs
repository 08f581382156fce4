using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One point of a <see cref="Series"/>: an observed claim, or a value filled by a named interpolation.</summary>
    public sealed class SeriesPoint
    {
        internal SeriesPoint(ReferencePeriod period, decimal value, ClaimSelection? selection, InterpolationMethod? filledBy, string? breakReason = null)
        {
            BreakReason = breakReason;
            Period = period;
            Value = value;
            Selection = selection;
            FilledBy = filledBy;
        }

        /// <summary>The period of the point (a calendar year in yearly series).</summary>
        public ReferencePeriod Period { get; }

        /// <summary>The value.</summary>
        public decimal Value { get; }

        /// <summary>The claim behind an observed point, with its alternatives; null for a filled point.</summary>
        public ClaimSelection? Selection { get; }

        /// <summary>The claim behind an observed point; null for a filled point.</summary>
        public Claim? Claim => Selection?.Chosen;

        /// <summary>How the point was filled; null when observed.</summary>
        public InterpolationMethod? FilledBy { get; }

        /// <summary>Why the series breaks at this point (the publisher or the definition differs from the previous observed point's); null when it does not.</summary>
        public string? BreakReason { get; }

        /// <summary>Whether the series breaks at this point: it is not comparable with the point before without reading <see cref="BreakReason"/>.</summary>
        public bool IsBreak => BreakReason is not null;

        /// <summary>Whether the point was filled rather than observed.</summary>
        public bool IsFilled => FilledBy is not null;

        /// <inheritdoc />
        public override string ToString() => $"{Period}: {Value}{(IsFilled ? $" (filled, {FilledBy})" : $" [{Claim!.SourceId}]")}{(IsBreak ? " (break: " + BreakReason + ")" : string.Empty)}";
    }
}
