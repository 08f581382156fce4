using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace PolicyRef.Cli
{
    /// <summary>Reads command-line values into library types; a malformed or out-of-range value is an <see cref="ArgumentException"/>, which exits 2.</summary>
    internal static class CommandArguments
    {
        /// <summary>The most years a window may cover: more than any series in the data, far less than the calendar allows.</summary>
        public const int MaximumYears = 200;

        public static LocalDate? OptionalDate(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success && parsed.Value.Year is >= 1 and <= 9999
                ? parsed.Value
                : throw new ArgumentException($"'{text}' is not a date (yyyy-MM-dd, years 1 to 9999).");
        }

        /// <summary>A number checked against its range, so that a typo never reaches a query as a huge window or a negative count.</summary>
        public static int InRange(int value, string option, int minimum, int maximum) =>
            value >= minimum && value <= maximum
                ? value
                : throw new ArgumentException($"{option} is {value.ToString(CultureInfo.InvariantCulture)}; expected a whole number from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}.");

        /// <summary>A <c>--top</c> value: at least one row.</summary>
        public static int? Top(int? value) => value is { } n ? InRange(n, "--top", 1, int.MaxValue) : null;

        /// <summary>Codes given as repeated options or comma-separated ("HND,GTM"), blanks dropped.</summary>
        public static string[] CodeList(IEnumerable<string>? values) =>
            (values ?? Array.Empty<string>()).SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
    }
}
