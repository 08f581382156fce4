using System.Collections.Immutable;
using PolicyRef.Model;

namespace PolicyRef.Queries.Synthetic
{
    /// <summary>The same estimate with a donor treated as if it had had the policy.</summary>
    public sealed class PlaceboEstimate
    {
        internal PlaceboEstimate(Country country, double preRmspe, double postRmspe, ImmutableArray<double> gaps, bool excluded)
        {
            Country = country;
            PreRmspe = preRmspe;
            PostRmspe = postRmspe;
            Gaps = gaps;
            Excluded = excluded;
        }

        /// <summary>The donor treated as a placebo.</summary>
        public Country Country { get; }

        /// <summary>Root mean squared prediction error over the pre-period.</summary>
        public double PreRmspe { get; }

        /// <summary>Root mean squared prediction error over the post-period.</summary>
        public double PostRmspe { get; }

        /// <summary>Post-period RMSPE divided by pre-period RMSPE.</summary>
        public double Ratio => PreRmspe == 0 ? double.PositiveInfinity : PostRmspe / PreRmspe;

        /// <summary>Actual minus synthetic, for each year of the pre- and post-period.</summary>
        public ImmutableArray<double> Gaps { get; }

        /// <summary>Whether its pre-period fit was too poor to count in the rank.</summary>
        public bool Excluded { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Country.Id}: ratio {Ratio:0.00}{(Excluded ? " (poor fit, excluded)" : string.Empty)}";
    }
}
