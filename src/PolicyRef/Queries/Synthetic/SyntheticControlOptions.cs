using System;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Queries.Synthetic
{
    /// <summary>The windows, donor pool and placebo threshold of a synthetic control estimate. Immutable; <c>With…</c> returns copies.</summary>
    public sealed class SyntheticControlOptions
    {
        /// <summary>The fewest pre-period years an estimate is made with.</summary>
        public const int MinimumPreYears = 5;

        /// <summary>The fewest donors an estimate is made with.</summary>
        public const int MinimumDonors = 5;

        private SyntheticControlOptions(int preYears, int postYears, ImmutableArray<CountryCode>? donors, decimal poorFitThreshold, string? definition = null)
        {
            Definition = definition;
            PreYears = preYears;
            PostYears = postYears;
            Donors = donors;
            PoorFitThreshold = poorFitThreshold;
        }

        /// <summary>
        /// The variant of the metric asked for; null for the standard definition only. With a variant, each country's figure
        /// for a year is of that variant where the year has one and of the standard definition otherwise.
        /// </summary>
        public string? Definition { get; }

        /// <summary>Calendar years before the policy's start year used to fit the weights.</summary>
        public int PreYears { get; }

        /// <summary>Calendar years after the policy's start year in which the gap is read; the start year belongs to neither window.</summary>
        public int PostYears { get; }

        /// <summary>The donor pool chosen by the caller; null for the default pool (see <see cref="SyntheticControlQuery"/>).</summary>
        public ImmutableArray<CountryCode>? Donors { get; }

        /// <summary>
        /// Placebos whose pre-period mean squared prediction error (MSPE) is more than this many times the treated
        /// country's are left out of the rank; Abadie, Diamond and Hainmueller (2010) show cut-offs of 20, 5 and 2; default 5.
        /// </summary>
        public decimal PoorFitThreshold { get; }

        /// <summary>Windows of whole calendar years either side of the policy's start year.</summary>
        /// <param name="preYears">Years before the start year, at least <see cref="MinimumPreYears"/>.</param>
        /// <param name="postYears">Years after the start year, at least 1.</param>
        /// <returns>The options with the default donor pool and threshold.</returns>
        public static SyntheticControlOptions Years(int preYears, int postYears)
        {
            if (preYears < MinimumPreYears)
            {
                throw new ArgumentOutOfRangeException(nameof(preYears), $"A synthetic control needs at least {MinimumPreYears} pre-period years to fit.");
            }

            if (postYears < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(postYears), "The post period covers at least one year.");
            }

            return new SyntheticControlOptions(preYears, postYears, null, 5m);
        }

        /// <summary>A copy with the donor pool chosen by the caller.</summary>
        /// <param name="countries">Country codes.</param>
        /// <returns>The copy.</returns>
        public SyntheticControlOptions WithDonors(params string[] countries) =>
            new SyntheticControlOptions(PreYears, PostYears, (countries ?? throw new ArgumentNullException(nameof(countries))).Select(c => new CountryCode(c)).ToImmutableArray(), PoorFitThreshold, Definition);

        /// <summary>A copy with another poor-fit threshold for placebos.</summary>
        /// <param name="threshold">A multiple of the treated country's pre-period MSPE, greater than 0.</param>
        /// <returns>The copy.</returns>
        public SyntheticControlOptions WithPoorFitThreshold(decimal threshold) =>
            threshold <= 0 ? throw new ArgumentOutOfRangeException(nameof(threshold), "The poor-fit cut-off is a multiple of the treated country's pre-period MSPE, greater than 0.") : new SyntheticControlOptions(PreYears, PostYears, Donors, threshold, Definition);

        /// <summary>A copy that uses a variant of the metric where a year has a figure of it, and the standard definition in the other years.</summary>
        /// <param name="definition">The id of one of the metric's variants, or null for the standard definition only.</param>
        /// <returns>The copy.</returns>
        public SyntheticControlOptions WithDefinition(string? definition) => new SyntheticControlOptions(PreYears, PostYears, Donors, PoorFitThreshold, definition);
    }
}
