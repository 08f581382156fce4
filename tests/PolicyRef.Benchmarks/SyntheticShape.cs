using System;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// The shape of a synthetic data set: N countries × Y years × M metrics × S sources of country claims, plus facilities
    /// and policies. Scale k multiplies the countries (and facilities and policies) of the 1× shape, whose claim count is
    /// about that of the shipped set (32,000); the depth of each subject (years × sources per metric) stays the same, so
    /// a cost that grows with k grows with the number of subjects, not with the history of one.
    /// </summary>
    public sealed record SyntheticShape(int Countries, int Years, int Metrics, int Sources, int Facilities, int Policies)
    {
        /// <summary>Country metrics the generator writes claims for, in order; M takes the first M.</summary>
        public static readonly (string Id, string Unit, double Low, double High)[] CountryMetrics =
        {
            ("prison-population-rate", "per-100k", 30, 600),
            ("prison-population-total", "count", 500, 900000),
            ("homicide-rate", "per-100k", 0.3, 60),
            ("pretrial-share", "percent", 5, 80),
            ("occupancy-level", "percent", 40, 250),
            ("female-share", "percent", 1, 12),
            ("official-capacity", "count", 500, 900000),
            ("population", "count", 100000, 300000000),
        };

        public const int FirstYear = 2000;

        public static SyntheticShape ForScale(int scale) => new SyntheticShape(200 * scale, 20, 4, 2, 40 * scale, 20 * scale);

        public long CountryClaims => (long)Countries * Years * Metrics * Sources;

        public const int ClaimsPerFacility = 12;

        public const int ClaimsPerPolicy = 6;

        public long TotalClaims => CountryClaims + (long)Facilities * ClaimsPerFacility + (long)Policies * ClaimsPerPolicy;

        public override string ToString() => $"{Countries:N0} countries × {Years} years × {Metrics} metrics × {Sources} sources + {Facilities:N0} facilities + {Policies:N0} policies = {TotalClaims:N0} claims";
    }
}
