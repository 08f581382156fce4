using PolicyRef.Model;

namespace PolicyRef.Queries.Synthetic
{
    /// <summary>A donor country's weight in the synthetic control.</summary>
    public sealed class DonorWeight
    {
        internal DonorWeight(Country country, double weight)
        {
            Country = country;
            Weight = weight;
        }

        /// <summary>The donor.</summary>
        public Country Country { get; }

        /// <summary>Its weight, between 0 and 1; the weights sum to 1.</summary>
        public double Weight { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Country.Id} {Weight:0.000}";
    }
}
