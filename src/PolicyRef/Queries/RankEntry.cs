using System;
using System.Collections.Generic;

namespace PolicyRef.Queries
{
    /// <summary>
    /// One ranked subject while a ranking is sorted: its value, a double of it to compare first (the conversion never
    /// reverses an order, so equal doubles fall back to the exact value), and its place in subject id order, which
    /// breaks ties so that the order never depends on input order.
    /// </summary>
    internal readonly struct RankEntry
    {
        public RankEntry(decimal value, int idOrder, int item)
        {
            Value = value;
            Approximate = (double)value;
            IdOrder = idOrder;
            Item = item;
        }

        /// <summary>The value ranked on.</summary>
        public decimal Value { get; }

        /// <summary>The value as a double, compared first.</summary>
        public double Approximate { get; }

        /// <summary>The subject's place in ordinal id order.</summary>
        public int IdOrder { get; }

        /// <summary>Where the subject's data sits in the query's own arrays.</summary>
        public int Item { get; }

        /// <summary>Orders entries by value (descending or ascending), then by id.</summary>
        public readonly struct Comparer : IComparer<RankEntry>
        {
            private readonly bool descending;

            public Comparer(bool descending) => this.descending = descending;

            public int Compare(RankEntry x, RankEntry y)
            {
                var byValue = x.Approximate != y.Approximate ? x.Approximate.CompareTo(y.Approximate) : x.Value.CompareTo(y.Value);
                return byValue != 0 ? (descending ? -byValue : byValue) : x.IdOrder.CompareTo(y.IdOrder);
            }
        }
    }
}
