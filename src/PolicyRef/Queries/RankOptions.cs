using System;

namespace PolicyRef.Queries
{
    /// <summary>How to rank: order, region, how old a figure may be, how many rows. Immutable; the <c>With…</c> methods return copies.</summary>
    public sealed class RankOptions
    {
        private RankOptions(RankOrder order, string? region, NodaTime.Period? maximumAge, int? top, string? definition = null)
        {
            Definition = definition;
            Order = order;
            Region = region;
            MaximumAge = maximumAge;
            Top = top;
        }

        /// <summary>Descending, every region, any age, every row.</summary>
        public static RankOptions Default { get; } = new RankOptions(RankOrder.Descending, null, null, null);

        /// <summary>Which end comes first.</summary>
        public RankOrder Order { get; }

        /// <summary>Only subjects in this UN M49 sub-region (its code, such as <c>013</c>, or its name); null for all.</summary>
        public string? Region { get; }

        /// <summary>Leave out subjects whose latest figure ends more than this before the as-of date; null for any age.</summary>
        public NodaTime.Period? MaximumAge { get; }

        /// <summary>The metric variant to rank by (its id); null for the metric's standard definition.</summary>
        public string? Definition { get; }

        /// <summary>Keep only the first rows; null for all.</summary>
        public int? Top { get; }

        /// <summary>A copy with another order.</summary>
        /// <param name="order">The order.</param>
        /// <returns>The copy.</returns>
        public RankOptions WithOrder(RankOrder order) => new RankOptions(order, Region, MaximumAge, Top, Definition);

        /// <summary>A copy limited to one UN M49 sub-region.</summary>
        /// <param name="region">Its code (<c>013</c>) or name (<c>Central America</c>).</param>
        /// <returns>The copy.</returns>
        public RankOptions WithRegion(string region) => new RankOptions(Order, region ?? throw new ArgumentNullException(nameof(region)), MaximumAge, Top, Definition);

        /// <summary>A copy that leaves out figures older than <paramref name="maximumAge"/> at the as-of date.</summary>
        /// <param name="maximumAge">For example <c>NodaTime.Period.FromYears(3)</c>.</param>
        /// <returns>The copy.</returns>
        public RankOptions WithMaximumAge(NodaTime.Period maximumAge) => new RankOptions(Order, Region, maximumAge ?? throw new ArgumentNullException(nameof(maximumAge)), Top, Definition);

        /// <summary>A copy that keeps only the first rows.</summary>
        /// <param name="top">How many, at least 1.</param>
        /// <returns>The copy.</returns>
        public RankOptions WithTop(int top) => top < 1 ? throw new ArgumentOutOfRangeException(nameof(top), "Keep at least one row.") : new RankOptions(Order, Region, MaximumAge, top, Definition);

        /// <summary>A copy that ranks by a variant of the metric (only claims of that definition compete).</summary>
        /// <param name="definition">The variant's id; null for the standard definition.</param>
        /// <returns>The copy.</returns>
        public RankOptions WithDefinition(string? definition) => new RankOptions(Order, Region, MaximumAge, Top, definition);
    }
}
