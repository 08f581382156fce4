using System;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Computes derived values from claims; each result names its inputs and is flagged as derived.</summary>
    public static class Derive
    {
        /// <summary>Occupancy level: population ÷ capacity × 100.</summary>
        /// <param name="population">A count of people held (prison-population-total or reported-population).</param>
        /// <param name="capacity">A capacity (official-capacity or design-capacity) of the same place.</param>
        /// <returns>The occupancy in percent.</returns>
        /// <exception cref="ArgumentException">A claim is not a count or the capacity is zero.</exception>
        public static DerivedValue Occupancy(Claim population, Claim capacity) => Derivation.Occupancy(population, capacity);

        /// <summary>Floor space per person: cell area ÷ people in the cell.</summary>
        /// <param name="cellArea">A cell-area claim in square metres.</param>
        /// <param name="occupants">An inmates-per-cell claim.</param>
        /// <returns>Square metres per person.</returns>
        /// <exception cref="ArgumentException">The inputs are of the wrong unit or the occupants are zero.</exception>
        public static DerivedValue SpacePerPerson(Claim cellArea, Claim occupants) => Derivation.SpacePerPerson(cellArea, occupants);

        /// <summary>A rate per 100,000 population: count ÷ population × 100,000.</summary>
        /// <param name="count">A count (prisoners, homicides).</param>
        /// <param name="population">A population claim.</param>
        /// <returns>The rate.</returns>
        /// <exception cref="ArgumentException">A claim is not a count or the population is zero.</exception>
        public static DerivedValue RatePerHundredThousand(Claim count, Claim population) => Derivation.RatePerHundredThousand(count, population);
    }
}
