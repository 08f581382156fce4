using System.Globalization;
using NodaTime;

namespace PolicyRef.Internal
{
    /// <summary>Dates as data files and exports write them: yyyy-MM-dd, invariant culture.</summary>
    internal static class IsoDates
    {
        public static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

        public static string? Format(LocalDate? date) => date is null ? null : Format(date.Value);
    }
}
