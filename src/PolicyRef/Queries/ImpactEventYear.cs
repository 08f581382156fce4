using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One year of an impact analysis's event study: the policy country, the comparison mean and the gap against the before window.</summary>
    public sealed class ImpactEventYear
    {
        internal ImpactEventYear(int year, string window, decimal? treated, decimal? comparison, decimal? gap)
        {
            Year = year;
            Window = window;
            Treated = treated;
            Comparison = comparison;
            Gap = gap;
        }

        /// <summary>The calendar year.</summary>
        public int Year { get; }

        /// <summary>"before", "start" (the start year, in neither window) or "after".</summary>
        public string Window { get; }

        /// <summary>The policy country's figure; null when missing.</summary>
        public decimal? Treated { get; }

        /// <summary>The mean of the comparison countries used, over those with a figure that year; null when none has one.</summary>
        public decimal? Comparison { get; }

        /// <summary>Treated minus comparison, minus the mean of that difference over the before window; null when a figure is missing.</summary>
        public decimal? Gap { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Year} ({Window}): gap {(Gap is null ? "—" : ClaimFormatter.FormatNumber(decimal.Round(Gap.Value, 2)))}";
    }
}
