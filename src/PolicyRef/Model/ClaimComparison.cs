using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyRef.Model
{
    /// <summary>Whether two claims describe the same thing, whether they are consistent, and whether a note says why they differ.</summary>
    internal static class ClaimComparison
    {
        /// <summary>The least tolerance for a figure the source gives as approximate ("about 40,000").</summary>
        public const decimal ApproximateTolerance = 0.05m;

        private static readonly Regex Number = new Regex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", RegexOptions.CultureInvariant);

        /// <summary>
        /// Whether the two values can both be true: within the metric's tolerance, or on the right side of a bound
        /// (≥ 1 and ≤ 8 are a range, not a disagreement).
        /// </summary>
        public static bool Consistent(MetricDefinition metric, Claim a, Claim b)
        {
            if (metric.Agree(a.Value, b.Value))
            {
                return true;
            }

            if (a.Value.Kind != ClaimValueKind.Number || b.Value.Kind != ClaimValueKind.Number)
            {
                return false;
            }

            // An approximate figure ("about 40,000") allows at least 5% either way; each claim is the interval it allows: a bound is open on one side, a plain figure is its value within the
            // tolerance; two claims are consistent when their intervals meet.
            return Low(metric, a) <= High(metric, b) && Low(metric, b) <= High(metric, a);
        }

        /// <summary>Whether one claim's note mentions the other's value (how the project's notes say why two figures differ).</summary>
        public static bool NoteMentions(Claim claim, Claim other)
        {
            var note = claim.Note;
            if (string.IsNullOrEmpty(note))
            {
                return false;
            }

            if (other.Value.Kind != ClaimValueKind.Number)
            {
                return note!.IndexOf(other.Value.ToString(), StringComparison.OrdinalIgnoreCase) >= 0;
            }

            var target = other.Value.Number;
            foreach (Match match in Number.Matches(note!))
            {
                if (!decimal.TryParse(match.Value.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var found))
                {
                    continue;
                }

                var rest = note!.Substring(match.Index + match.Length);
                found *= rest.StartsWith(" million", StringComparison.Ordinal) ? 1000000m : rest.StartsWith(" billion", StringComparison.Ordinal) ? 1000000000m : 1m;
                if (Math.Abs(found - target) <= Math.Abs(target) * 0.005m)
                {
                    return true;
                }
            }

            return false;
        }

        internal static decimal Low(MetricDefinition metric, Claim claim) =>
            claim.Has(ClaimFlags.UpperBound) && !claim.Has(ClaimFlags.LowerBound) ? decimal.MinValue
            : claim.Has(ClaimFlags.LowerBound) ? claim.Value.Number
            : claim.Value.Number - (Tolerance(metric, claim) * Math.Abs(claim.Value.Number));

        internal static decimal High(MetricDefinition metric, Claim claim) =>
            claim.Has(ClaimFlags.LowerBound) && !claim.Has(ClaimFlags.UpperBound) ? decimal.MaxValue
            : claim.Has(ClaimFlags.UpperBound) ? claim.Value.Number
            : claim.Value.Number + (Tolerance(metric, claim) * Math.Abs(claim.Value.Number));

        private static decimal Tolerance(MetricDefinition metric, Claim claim) =>
            claim.Has(ClaimFlags.Approximate) ? Math.Max(metric.Tolerance, ApproximateTolerance) : metric.Tolerance;
    }
}
