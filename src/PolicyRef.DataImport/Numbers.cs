using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyRef.DataImport
{
    /// <summary>Numbers as the bulk files write them, and PolicyRef's derived values.</summary>
    internal static class Numbers
    {
        private static readonly Regex Plain = new Regex("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$", RegexOptions.CultureInvariant);

        /// <summary>
        /// Reads a plain decimal number (digits, optional fraction; no exponent, sign, spaces or thousands
        /// separators). The text itself can then be written to JSON unchanged.
        /// </summary>
        public static bool TryParse(string text, out decimal value)
        {
            value = 0m;
            return Plain.IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        /// <summary>Whether the text is a whole number.</summary>
        public static bool IsWhole(string text) => text.IndexOf('.', StringComparison.Ordinal) < 0;

        /// <summary>A decimal in invariant culture, without exponent and without trailing zeros.</summary>
        public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

        /// <summary>numerator ÷ denominator × 100, rounded half away from zero to 2 decimals.</summary>
        public static decimal Percent(decimal numerator, decimal denominator) =>
            Math.Round(numerator * 100m / denominator, 2, MidpointRounding.AwayFromZero);

        /// <summary>Reads a calendar year between 1900 and 2100.</summary>
        public static bool TryYear(string text, out int year)
        {
            year = 0;
            return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1900 && year <= 2100;
        }
    }
}
