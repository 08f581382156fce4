using System.Collections.Generic;
using System.Globalization;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// What the difference between a series' first and last figures can say when either is qualified: a bound makes the
    /// change a bound (a first figure of "≥ 15,000" means the true change is at most the difference), two bounds that
    /// point opposite ways leave it undetermined, and an approximate, estimated, provisional, planned or filled figure
    /// makes it approximate. Without this a printed change reads as exact.
    /// </summary>
    internal readonly struct SeriesChange
    {
        private SeriesChange(string sign, string? caveat, bool determined)
        {
            Sign = sign;
            Caveat = caveat;
            Determined = determined;
        }

        /// <summary>"≤ ", "≥ ", "~" or empty: put before the change and its percentage.</summary>
        public string Sign { get; }

        /// <summary>Why the change is not a plain difference, or null when both ends are plain figures.</summary>
        public string? Caveat { get; }

        /// <summary>Whether the figures say anything about the change (false for bounds pointing opposite ways).</summary>
        public bool Determined { get; }

        public static SeriesChange Between(SeriesPoint first, SeriesPoint last)
        {
            var reasons = new List<string>();
            var atMost = false;
            var atLeast = false;

            // The true first value is at least the figure for a lower bound, so the true change is at most the difference.
            Bound(first, "first", lowerMeans: ref atMost, upperMeans: ref atLeast, reasons);
            Bound(last, "last", lowerMeans: ref atLeast, upperMeans: ref atMost, reasons);
            if (atMost && atLeast)
            {
                return new SeriesChange(string.Empty, "not determined: " + string.Join(" and ", reasons), determined: false);
            }

            var rough = new List<string>();
            Rough(first, "first", rough);
            Rough(last, "last", rough);
            reasons.AddRange(rough);
            var sign = atMost ? "≤ " : atLeast ? "≥ " : rough.Count > 0 ? "~" : string.Empty;
            return new SeriesChange(sign, reasons.Count == 0 ? null : string.Join("; ", reasons), determined: true);
        }

        private static void Bound(SeriesPoint point, string which, ref bool lowerMeans, ref bool upperMeans, List<string> reasons)
        {
            if (point.Claim is not { } claim)
            {
                return;
            }

            if (claim.Has(ClaimFlags.LowerBound))
            {
                lowerMeans = true;
                reasons.Add($"the {which} figure ({Number(point)}) is a lower bound");
            }
            else if (claim.Has(ClaimFlags.UpperBound))
            {
                upperMeans = true;
                reasons.Add($"the {which} figure ({Number(point)}) is an upper bound");
            }
        }

        private static void Rough(SeriesPoint point, string which, List<string> reasons)
        {
            if (point.IsFilled)
            {
                reasons.Add($"the {which} figure is filled in, not reported");
                return;
            }

            var claim = point.Claim!;
            var kinds = new List<string>();
            if (claim.Has(ClaimFlags.Approximate))
            {
                kinds.Add("approximate");
            }

            if (claim.Has(ClaimFlags.Estimate))
            {
                kinds.Add("an estimate");
            }

            if (claim.Has(ClaimFlags.Provisional))
            {
                kinds.Add("provisional");
            }

            if (claim.Has(ClaimFlags.Planned))
            {
                kinds.Add("planned");
            }

            if (kinds.Count > 0)
            {
                reasons.Add($"the {which} figure is {string.Join(", ", kinds)}");
            }
        }

        private static string Number(SeriesPoint point) => point.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}
