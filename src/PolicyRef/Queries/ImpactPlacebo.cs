using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// A placebo of an impact analysis: the same difference-in-differences with a fake start year before the real one
    /// (placebo in time), or with a comparison country in the policy country's place (placebo in space).
    /// </summary>
    public sealed class ImpactPlacebo
    {
        internal ImpactPlacebo(int? fakeStartYear, Country? country, decimal? differenceInDifferences)
        {
            FakeStartYear = fakeStartYear;
            Country = country;
            DifferenceInDifferences = differenceInDifferences;
        }

        /// <summary>The fake start year of a placebo in time; null for a placebo in space.</summary>
        public int? FakeStartYear { get; }

        /// <summary>The comparison country treated as if it had had the policy; null for a placebo in time.</summary>
        public Country? Country { get; }

        /// <summary>The placebo's difference-in-differences; null when it cannot be computed.</summary>
        public decimal? DifferenceInDifferences { get; }

        /// <summary>The fake start year or the country code.</summary>
        public string Label => FakeStartYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Country?.Id ?? string.Empty;

        /// <inheritdoc />
        public override string ToString() => $"{Label}: {(DifferenceInDifferences is null ? "—" : ClaimFormatter.FormatNumber(decimal.Round(DifferenceInDifferences.Value, 2)))}";
    }
}
