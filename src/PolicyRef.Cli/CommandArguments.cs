using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PolicyRef.Model;

namespace PolicyRef.Cli
{
    /// <summary>Reads command-line values into library types; a malformed value is an <see cref="ArgumentException"/>, which exits 2.</summary>
    internal static class CommandArguments
    {
        public static MetricId Metric(string text) =>
            MetricId.IsWellFormed(text) ? new MetricId(text) : throw new ArgumentException($"'{text}' is not a metric id (lower-kebab-case, such as prison-population-rate).");

        /// <summary>The date given, or today when none is.</summary>
        public static LocalDate DateOrToday(string? text) => OptionalDate(text) ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;

        public static LocalDate? OptionalDate(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success ? parsed.Value : throw new ArgumentException($"'{text}' is not a date (yyyy-MM-dd).");
        }

        /// <summary>Codes given as repeated options or comma-separated ("HND,GTM"), blanks dropped.</summary>
        public static string[] CodeList(IEnumerable<string>? values) =>
            (values ?? Array.Empty<string>()).SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
    }
}
