using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PolicyRef.Model
{
    /// <summary>
    /// What a figure is for: a year, a month, a day or an inclusive interval of days.
    /// Periods order by their end, then their start, then precision (coarser first).
    /// </summary>
    public sealed class ReferencePeriod : IEquatable<ReferencePeriod>, IComparable<ReferencePeriod>
    {
        private static readonly LocalDatePattern DayPattern = LocalDatePattern.Iso;
        private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;

        // Derived figures, computed on first use for the preference rule, which compares them many times.
        private long midpoint = long.MinValue;
        private int length;
        private string? text;

        private ReferencePeriod(PeriodPrecision precision, LocalDate start, LocalDate end)
        {
            Precision = precision;
            Start = start;
            End = end;
        }

        /// <summary>A period from its parts as written by <see cref="ReferencePeriod"/> itself (the snapshot reader); no checks.</summary>
        internal static ReferencePeriod FromParts(PeriodPrecision precision, LocalDate start, LocalDate end) => new ReferencePeriod(precision, start, end);

        /// <summary>How the period was given.</summary>
        public PeriodPrecision Precision { get; }

        /// <summary>The first day of the period.</summary>
        public LocalDate Start { get; }

        /// <summary>The last day of the period (inclusive).</summary>
        public LocalDate End { get; }

        /// <summary>The period as a NodaTime interval of days.</summary>
        public DateInterval Interval => new DateInterval(Start, End);

        /// <summary>A calendar year.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        /// <returns>The period.</returns>
        public static ReferencePeriod ForYear(int year) => new ReferencePeriod(PeriodPrecision.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

        /// <summary>A calendar month.</summary>
        /// <param name="month">The month.</param>
        /// <returns>The period.</returns>
        public static ReferencePeriod ForMonth(YearMonth month) => new ReferencePeriod(PeriodPrecision.Month, month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));

        /// <summary>A single day.</summary>
        /// <param name="day">The day.</param>
        /// <returns>The period.</returns>
        public static ReferencePeriod ForDay(LocalDate day) => new ReferencePeriod(PeriodPrecision.Day, day, day);

        /// <summary>An inclusive interval of days.</summary>
        /// <param name="start">The first day.</param>
        /// <param name="end">The last day, not before <paramref name="start"/>.</param>
        /// <returns>The period.</returns>
        /// <exception cref="ArgumentException">The end is before the start.</exception>
        public static ReferencePeriod ForInterval(LocalDate start, LocalDate end)
        {
            if (end < start)
            {
                throw new ArgumentException($"The interval ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).", nameof(end));
            }

            return new ReferencePeriod(PeriodPrecision.Interval, start, end);
        }

        /// <summary>Reads a period as written in data files: <c>2023</c>, <c>2023-05</c>, <c>2023-05-31</c> or <c>2022-03-27/2023-03-27</c>.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The period.</returns>
        /// <exception cref="FormatException">The text is not a valid period; the message says why.</exception>
        public static ReferencePeriod Parse(string text)
        {
            if (TryParse(text, out var period, out var error))
            {
                return period;
            }

            throw new FormatException(error);
        }

        /// <summary>Reads a period, without throwing.</summary>
        /// <param name="text">The text.</param>
        /// <param name="period">The period, when valid.</param>
        /// <returns>Whether the text is a valid period.</returns>
        public static bool TryParse(string? text, [NotNullWhen(true)] out ReferencePeriod? period) => TryParse(text, out period, out _);

        /// <summary>Reads a period and says what is wrong when it is not one.</summary>
        /// <param name="text">The text.</param>
        /// <param name="period">The period, when valid.</param>
        /// <param name="error">Why it is not a period, when invalid.</param>
        /// <returns>Whether the text is a valid period.</returns>
        public static bool TryParse(string? text, [NotNullWhen(true)] out ReferencePeriod? period, [NotNullWhen(false)] out string? error)
        {
            period = null;
            error = null;
            if (string.IsNullOrEmpty(text))
            {
                error = "a period is empty; expected a year (2023), a month (2023-05), a day (2023-05-31) or an interval (2022-03-27/2023-03-27)";
                return false;
            }

            var slash = text!.IndexOf('/');
            if (slash >= 0)
            {
                if (!TryParseDay(text.Substring(0, slash), out var start, out var partError) || !TryParseDay(text.Substring(slash + 1), out var end, out partError))
                {
                    error = $"'{text}' is not a valid interval: {partError}";
                    return false;
                }

                if (end < start)
                {
                    error = $"the interval '{text}' ends before it starts";
                    return false;
                }

                period = new ReferencePeriod(PeriodPrecision.Interval, start, end);
                return true;
            }

            switch (text.Length)
            {
                case 4:
                    if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
                    {
                        period = ForYear(year);
                        return true;
                    }

                    break;
                case 7:
                    var month = MonthPattern.Parse(text);
                    if (month.Success && month.Value.Year >= 1)
                    {
                        period = ForMonth(month.Value);
                        return true;
                    }

                    break;
                case 10:
                    if (TryParseDay(text, out var day, out var dayError))
                    {
                        period = ForDay(day);
                        return true;
                    }

                    error = dayError!;
                    return false;
            }

            error = $"'{text}' is not a period; expected a year (2023), a month (2023-05), a day (2023-05-31) or an interval (2022-03-27/2023-03-27)";
            return false;
        }

        /// <summary>The number of days the period covers.</summary>
        public int LengthInDays => length != 0 ? length : (length = ReferencePeriod.DaysBetween(this));

        /// <summary>Whether the period contains the day.</summary>
        /// <param name="day">The day.</param>
        /// <returns>True when <see cref="Start"/> ≤ day ≤ <see cref="End"/>.</returns>
        public bool Contains(LocalDate day) => Start <= day && day <= End;

        /// <summary>Whether the two periods share at least one day.</summary>
        /// <param name="other">The other period.</param>
        /// <returns>True when they overlap.</returns>
        public bool Overlaps(ReferencePeriod other) => other is not null && Start <= other.End && other.Start <= End;

        /// <inheritdoc />
        public bool Equals(ReferencePeriod? other) => other is not null && Precision == other.Precision && Start == other.Start && End == other.End;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ReferencePeriod);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((((int)Precision * 397) ^ Start.GetHashCode()) * 397 ^ End.GetHashCode());

        /// <inheritdoc />
        public int CompareTo(ReferencePeriod? other)
        {
            if (other is null)
            {
                return 1;
            }

            var byEnd = End.CompareTo(other.End);
            if (byEnd != 0)
            {
                return byEnd;
            }

            var byStart = Start.CompareTo(other.Start);
            return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
        }

        /// <summary>The period as written in data files.</summary>
        /// <returns>The text, which <see cref="Parse"/> reads back to an equal period.</returns>
        public override string ToString() => text ??= Precision switch
        {
            PeriodPrecision.Year => Start.Year.ToString("0000", CultureInfo.InvariantCulture),
            PeriodPrecision.Month => MonthPattern.Format(new YearMonth(Start.Year, Start.Month)),
            PeriodPrecision.Day => DayPattern.Format(Start),
            _ => DayPattern.Format(Start) + "/" + DayPattern.Format(End),
        };

        internal static int DaysBetween(ReferencePeriod period) => NodaTime.Period.DaysBetween(period.Start, period.End) + 1;

        /// <summary>
        /// The middle day as days since 0001-01-01, for the preference rule's recency step; computed once (a race at
        /// worst computes the same value twice).
        /// </summary>
        internal long MidpointDay
        {
            get
            {
                if (midpoint == long.MinValue)
                {
                    var epoch = new LocalDate(1, 1, 1);
                    midpoint = ((long)NodaTime.Period.DaysBetween(epoch, Start) + NodaTime.Period.DaysBetween(epoch, End)) / 2;
                }

                return midpoint;
            }
        }

        private static bool TryParseDay(string text, out LocalDate day, out string? error)
        {
            // The ISO pattern also reads year 0000 (1 BC): periods are years 1 to 9999.
            var result = DayPattern.Parse(text);
            if (result.Success && text.Length == 10 && result.Value.Year >= 1)
            {
                day = result.Value;
                error = null;
                return true;
            }

            day = default;
            error = $"'{text}' is not a valid calendar date (yyyy-MM-dd)";
            return false;
        }
    }
}
