using System;
using System.Collections.Immutable;

namespace PolicyRef.Model
{
    /// <summary>
    /// The arithmetic of derived values, kept with the model so that the standards assessment can use it
    /// without depending on the queries; <see cref="PolicyRef.Queries.Derive"/> is its public face.
    /// </summary>
    internal static class Derivation
    {
        /// <summary>Occupancy level: population ÷ capacity × 100.</summary>
        /// <param name="population">A count of people held (prison-population-total or reported-population).</param>
        /// <param name="capacity">A capacity (official-capacity or design-capacity) of the same place.</param>
        /// <returns>The occupancy in percent.</returns>
        /// <exception cref="ArgumentException">A claim is not a count or the capacity is zero.</exception>
        internal static DerivedValue Occupancy(Claim population, Claim capacity)
        {
            RequireCount(population, nameof(population));
            RequireCount(capacity, nameof(capacity));
            if (capacity.Value.Number == 0m)
            {
                throw new ArgumentException("A capacity of zero has no occupancy level.", nameof(capacity));
            }

            return new DerivedValue(Round(population.Value.Number / capacity.Value.Number * 100m), Unit.Percent, "population ÷ capacity × 100", ImmutableArray.Create(population, capacity));
        }

        /// <summary>Floor space per person: cell area ÷ people in the cell.</summary>
        /// <param name="cellArea">A cell-area claim in square metres.</param>
        /// <param name="occupants">An inmates-per-cell claim.</param>
        /// <returns>Square metres per person.</returns>
        /// <exception cref="ArgumentException">The inputs are of the wrong unit or the occupants are zero.</exception>
        internal static DerivedValue SpacePerPerson(Claim cellArea, Claim occupants)
        {
            if (cellArea is null || cellArea.Unit.Kind != UnitKind.SquareMetre)
            {
                throw new ArgumentException("The cell area must be in square metres.", nameof(cellArea));
            }

            RequireCount(occupants, nameof(occupants));
            if (occupants.Value.Number <= 0m)
            {
                throw new ArgumentException("A cell with no occupants has no space per person.", nameof(occupants));
            }

            return new DerivedValue(Round(cellArea.Value.Number / occupants.Value.Number), Unit.SquareMetre, "cell area ÷ people per cell", ImmutableArray.Create(cellArea, occupants));
        }

        /// <summary>A rate per 100,000 population: count ÷ population × 100,000.</summary>
        /// <param name="count">A count (prisoners, homicides).</param>
        /// <param name="population">A population claim.</param>
        /// <returns>The rate.</returns>
        /// <exception cref="ArgumentException">A claim is not a count or the population is zero.</exception>
        internal static DerivedValue RatePerHundredThousand(Claim count, Claim population)
        {
            RequireCount(count, nameof(count));
            RequireCount(population, nameof(population));
            if (population.Value.Number == 0m)
            {
                throw new ArgumentException("A population of zero has no rate.", nameof(population));
            }

            return new DerivedValue(Round(count.Value.Number / population.Value.Number * 100000m), Unit.PerHundredThousand, "count ÷ population × 100,000", ImmutableArray.Create(count, population));
        }

        private static decimal Round(decimal value) => decimal.Round(value, 4, MidpointRounding.AwayFromZero);

        private static void RequireCount(Claim claim, string name)
        {
            if (claim is null)
            {
                throw new ArgumentNullException(name);
            }

            if (claim.Unit.Kind != UnitKind.Count)
            {
                throw new ArgumentException($"Expected a count, found '{claim.Unit}' ({claim.Metric}).", name);
            }
        }
    }
}
