using System;
using System.Collections.Generic;

namespace PolicyRef.DataImport.Output
{
    /// <summary>
    /// A curated claim's JSON text and its place among the bulk claims: after the bulk claim that came before it in the
    /// file (<see cref="After"/>), or before all of them (null).
    /// </summary>
    internal sealed record CuratedClaim(string Text, BulkOrder? After);

    /// <summary>
    /// Puts curated claims back among regenerated bulk claims where the file had them, so a re-import on unchanged
    /// inputs writes the same bytes: a curated claim goes after the last bulk claim that sorts at or before the bulk claim
    /// it followed (before every bulk claim if it followed none); curated claims that land on one place keep their file order.
    /// </summary>
    internal static class ClaimPlacement
    {
        /// <summary>The claims in file order: each item is a curated claim's text or a bulk claim.</summary>
        public static IReadOnlyList<(string? Curated, BulkClaim? Bulk)> Interleave(IReadOnlyList<CuratedClaim> curated, IReadOnlyList<BulkClaim> sortedBulk)
        {
            var orders = new List<BulkOrder>(sortedBulk.Count);
            foreach (var claim in sortedBulk)
            {
                orders.Add(BulkOrder.Of(claim));
            }

            // slot 0: before every bulk claim; slot i: after sortedBulk[i - 1].
            var slots = new List<string>?[sortedBulk.Count + 1];
            foreach (var claim in curated)
            {
                var slot = claim.After is null ? 0 : Slot(orders, claim.After);
                (slots[slot] ??= new List<string>()).Add(claim.Text);
            }

            var result = new List<(string?, BulkClaim?)>(curated.Count + sortedBulk.Count);
            for (var i = 0; i <= sortedBulk.Count; i++)
            {
                if (i > 0)
                {
                    result.Add((null, sortedBulk[i - 1]));
                }

                foreach (var text in slots[i] ?? (IEnumerable<string>)Array.Empty<string>())
                {
                    result.Add((text, null));
                }
            }

            return result;
        }

        /// <summary>How many bulk claims sort at or before <paramref name="after"/> (binary search on the sorted list).</summary>
        private static int Slot(List<BulkOrder> orders, BulkOrder after)
        {
            var low = 0;
            var high = orders.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (orders[middle].CompareTo(after) <= 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
