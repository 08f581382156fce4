using System.Globalization;

namespace PolicyRef.Model
{
    /// <summary>Formats claims for people: grouped digits, unit symbols and qualifier marks (≥, ≤, ~).</summary>
    public static class ClaimFormatter
    {
        /// <summary>The value with its unit and qualifiers, such as <c>≥ 40,000</c> or <c>11 m</c>.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The text.</returns>
        public static string FormatValue(Claim claim) => FormatValue(claim, null);

        /// <summary>The value with its unit and qualifiers, rounded to the metric's <see cref="MetricDefinition.Decimals"/>, such as <c>107.6 per 100k</c>.</summary>
        /// <param name="claim">The claim.</param>
        /// <param name="metric">Its metric; null to show the value as given.</param>
        /// <returns>The text.</returns>
        public static string FormatValue(Claim claim, MetricDefinition? metric)
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
            return prefix + FormatValue(claim.Value, claim.Unit, metric?.Decimals) + suffix + scope;
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

            return string.Join(";", PolicyRef.Data.Vocabulary.ExportFlagNames(claim.Flags));
        }

        /// <summary>A value with its unit, such as <c>15,000 V</c>, <c>1,086 per 100k</c> or <c>USD 20,000,000</c>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="unit">Its unit.</param>
        /// <returns>The text.</returns>
        public static string FormatValue(ClaimValue value, Unit unit) => FormatValue(value, unit, null);

        /// <summary>A value with its unit, a number rounded to <paramref name="decimals"/> places (trailing zeros dropped).</summary>
        /// <param name="value">The value.</param>
        /// <param name="unit">Its unit.</param>
        /// <param name="decimals">The decimals to show; null to show the number as given.</param>
        /// <returns>The text.</returns>
        public static string FormatValue(ClaimValue value, Unit unit, int? decimals)
        {
            if (value is null || unit is null)
            {
                throw new System.ArgumentNullException(value is null ? nameof(value) : nameof(unit));
            }

            if (value.Kind != ClaimValueKind.Number)
            {
                return value.ToString();
            }

            var number = FormatNumber(value.Number, decimals);
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

        /// <summary>A number with grouped thousands and no trailing zeros, in invariant culture.</summary>
        /// <param name="number">The number.</param>
        /// <returns>The text.</returns>
        public static string FormatNumber(decimal number) => FormatNumber(number, null);

        /// <summary>A number with grouped thousands, rounded half away from zero to <paramref name="decimals"/> places, no trailing zeros, in invariant culture.</summary>
        /// <param name="number">The number.</param>
        /// <param name="decimals">The decimals to show (0 to 6); null for up to six.</param>
        /// <returns>The text.</returns>
        public static string FormatNumber(decimal number, int? decimals)
        {
            var places = decimals is null ? 6 : System.Math.Min(System.Math.Max(decimals.Value, 0), 6);
            var text = decimal.Round(number, places, System.MidpointRounding.AwayFromZero).ToString(places == 0 ? "#,0" : "#,0." + new string('#', places), CultureInfo.InvariantCulture);
            return text == "-0" ? "0" : text;
        }
    }
}
