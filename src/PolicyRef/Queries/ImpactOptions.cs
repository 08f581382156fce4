using System;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>The windows and comparison group of an impact analysis. Immutable; the <c>With…</c> methods return copies.</summary>
    public sealed class ImpactOptions
    {
        private ImpactOptions(int yearsBefore, int yearsAfter, ImmutableArray<CountryCode>? comparisonGroup, bool allowsPartialWindows = false, string? definition = null)
        {
            Definition = definition;
            YearsBefore = yearsBefore;
            YearsAfter = yearsAfter;
            ComparisonGroup = comparisonGroup;
            AllowsPartialWindows = allowsPartialWindows;
        }

        /// <summary>
        /// Whether comparison countries missing a year of a window still enter the comparison mean (with the years they
        /// have). By default they leave it and are listed, so that every mean covers the same years.
        /// </summary>
        public bool AllowsPartialWindows { get; }

        /// <summary>
        /// The variant of the metric asked for (such as <c>slv-excluding-gang-members-killed</c>); null for the standard
        /// definition only. With a variant, each country's figure for a year is of that variant where the year has one and of
        /// the standard definition otherwise (<see cref="DefinitionSeries"/>), and every window point says which it counts.
        /// </summary>
        public string? Definition { get; }

        /// <summary>How many calendar years before the policy's start year the before window covers.</summary>
        public int YearsBefore { get; }

        /// <summary>How many calendar years after the policy's start year the after window covers.</summary>
        public int YearsAfter { get; }

        /// <summary>The comparison countries; null for the other countries of the policy country's UN M49 sub-region.</summary>
        public ImmutableArray<CountryCode>? ComparisonGroup { get; }

        /// <summary>Windows of whole calendar years; the year in which the policy starts belongs to neither.</summary>
        /// <param name="before">Years before the start year, at least 1.</param>
        /// <param name="after">Years after the start year, at least 1.</param>
        /// <returns>The options, with the region as comparison group.</returns>
        public static ImpactOptions Years(int before, int after)
        {
            if (before < 1 || after < 1)
            {
                throw new ArgumentOutOfRangeException(before < 1 ? nameof(before) : nameof(after), "Each window covers at least one year.");
            }

            return new ImpactOptions(before, after, null);
        }

        /// <summary>A copy with the comparison group chosen by the caller.</summary>
        /// <param name="countries">Country codes, such as HND and GTM.</param>
        /// <returns>The copy.</returns>
        public ImpactOptions WithComparisonGroup(params string[] countries) =>
            new ImpactOptions(YearsBefore, YearsAfter, (countries ?? throw new ArgumentNullException(nameof(countries))).Select(c => new CountryCode(c)).ToImmutableArray(), AllowsPartialWindows, Definition);

        /// <summary>A copy in which comparison countries missing a window year still enter the mean with the years they have.</summary>
        /// <returns>The copy.</returns>
        public ImpactOptions WithPartialWindows() => new ImpactOptions(YearsBefore, YearsAfter, ComparisonGroup, true, Definition);

        /// <summary>
        /// A copy that uses a variant of the metric where a year has a figure of it, and the standard definition in the other
        /// years; null goes back to the standard definition only.
        /// </summary>
        /// <param name="definition">The id of one of the metric's variants, or null.</param>
        /// <returns>The copy.</returns>
        public ImpactOptions WithDefinition(string? definition) => new ImpactOptions(YearsBefore, YearsAfter, ComparisonGroup, AllowsPartialWindows, definition);

        internal ImpactOptions WithWindows(int before, int after) => new ImpactOptions(before, after, ComparisonGroup, AllowsPartialWindows, Definition);
    }
}
