using System.Globalization;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Formats claims for people: grouped digits, unit symbols and qualifier marks (≥, ≤, ~).</summary>
    public static class ClaimFormatter
    {
        /// <summary>The value with its unit and qualifiers, such as <c>≥ 40,000</c> or <c>11 m</c>.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The text.</returns>
        public static string FormatValue(Claim claim)
        {
            if (claim is null)
            {
                throw new System.ArgumentNullException(nameof(claim));
            }

            var prefix = claim.Has(ClaimFlags.LowerBound) ? "≥ " : claim.Has(ClaimFlags.UpperBound) ? "≤ " : claim.Has(ClaimFlags.Approximate) ? "~" : string.Empty;
            var suffix = claim.Has(ClaimFlags.Planned) ? " (planned)" : claim.Has(ClaimFlags.Estimate) ? " (est.)" : claim.Has(ClaimFlags.Derived) ? " (derived)" : string.Empty;
            var scope = (claim.Definition is null ? string.Empty : " (variant: " + claim.Definition + ")")
                + (claim.Part is null ? string.Empty : " (part: " + claim.Part + ")")
                + (claim.Has(ClaimFlags.Suspect) ? " (suspect)" : string.Empty);
            return prefix + FormatValue(claim.Value, claim.Unit) + suffix + scope;
        }

        /// <summary>The value with its unit and bound or estimate marks but without the part or variant it counts, for lists that say that themselves.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The text.</returns>
        public static string FormatNumberOf(Claim claim)
        {
            if (claim is null)
            {
                throw new System.ArgumentNullException(nameof(claim));
            }

            var prefix = claim.Has(ClaimFlags.LowerBound) ? "≥ " : claim.Has(ClaimFlags.UpperBound) ? "≤ " : claim.Has(ClaimFlags.Approximate) ? "~" : string.Empty;
            var suffix = claim.Has(ClaimFlags.Planned) ? " (planned)" : claim.Has(ClaimFlags.Estimate) ? " (est.)" : claim.Has(ClaimFlags.Derived) ? " (derived)" : string.Empty;
            return prefix + FormatValue(claim.Value, claim.Unit) + suffix + (claim.Has(ClaimFlags.Suspect) ? " (suspect)" : string.Empty);
        }

        /// <summary>The claim's flags as written in data files and exports, semicolon-separated (<c>estimate;suspect</c>); empty when none.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The text.</returns>
        public static string FlagNames(Claim claim)
        {
            if (claim is null)
            {
                throw new System.ArgumentNullException(nameof(claim));
            }

            var names = new System.Collections.Generic.List<string>();
            foreach (var (flag, name) in FlagTable)
            {
                if (claim.Has(flag))
                {
                    names.Add(name);
                }
            }

            return string.Join(";", names);
        }

        /// <summary>A value with its unit, such as <c>15,000 V</c>, <c>1,086 per 100k</c> or <c>USD 20,000,000</c>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="unit">Its unit.</param>
        /// <returns>The text.</returns>
        public static string FormatValue(ClaimValue value, Unit unit)
        {
            if (value is null || unit is null)
            {
                throw new System.ArgumentNullException(value is null ? nameof(value) : nameof(unit));
            }

            if (value.Kind != ClaimValueKind.Number)
            {
                return value.ToString();
            }

            var number = FormatNumber(value.Number);
            return unit.Kind switch
            {
                UnitKind.Count => number,
                UnitKind.PerHundredThousand => number + " per 100k",
                UnitKind.Percent => number + "%",
                UnitKind.SquareMetre => number + " m²",
                UnitKind.Money => unit.Symbol + " " + number,
                _ => number + " " + unit.Symbol,
            };
        }

        // The names of the export contract (docs/export.md), in its order.
        private static readonly System.Collections.Immutable.ImmutableArray<(ClaimFlags Flag, string Name)> FlagTable = System.Collections.Immutable.ImmutableArray.Create(
            (ClaimFlags.Estimate, "estimate"), (ClaimFlags.Provisional, "provisional"), (ClaimFlags.Derived, "derived"), (ClaimFlags.Planned, "planned"),
            (ClaimFlags.LowerBound, "lower-bound"), (ClaimFlags.UpperBound, "upper-bound"), (ClaimFlags.Approximate, "approximate"), (ClaimFlags.Suspect, "suspect"));

        /// <summary>A number with grouped thousands and no trailing zeros, in invariant culture.</summary>
        /// <param name="number">The number.</param>
        /// <returns>The text.</returns>
        public static string FormatNumber(decimal number)
        {
            var text = number.ToString("#,0.######", CultureInfo.InvariantCulture);
            return text == "-0" ? "0" : text;
        }
    }
}
