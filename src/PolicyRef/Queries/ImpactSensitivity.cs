namespace PolicyRef.Queries
{
    /// <summary>The difference-in-differences of an impact analysis recomputed with other window lengths.</summary>
    public sealed class ImpactSensitivity
    {
        internal ImpactSensitivity(int yearsBefore, int yearsAfter, decimal? differenceInDifferences)
        {
            YearsBefore = yearsBefore;
            YearsAfter = yearsAfter;
            DifferenceInDifferences = differenceInDifferences;
        }

        /// <summary>Years in the before window.</summary>
        public int YearsBefore { get; }

        /// <summary>Years in the after window.</summary>
        public int YearsAfter { get; }

        /// <summary>The difference-in-differences with these windows; null when it cannot be computed.</summary>
        public decimal? DifferenceInDifferences { get; }

        /// <inheritdoc />
        public override string ToString() => $"{YearsBefore}/{YearsAfter} years: {DifferenceInDifferences?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}";
    }
}
