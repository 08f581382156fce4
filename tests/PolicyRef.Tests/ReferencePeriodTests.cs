using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    public class ReferencePeriodTests
    {
        [Theory]
        [InlineData("2023", PeriodPrecision.Year, "2023-01-01", "2023-12-31")]
        [InlineData("2024-02", PeriodPrecision.Month, "2024-02-01", "2024-02-29")]
        [InlineData("2023-02", PeriodPrecision.Month, "2023-02-01", "2023-02-28")]
        [InlineData("2023-05-31", PeriodPrecision.Day, "2023-05-31", "2023-05-31")]
        [InlineData("2022-03-27/2023-03-27", PeriodPrecision.Interval, "2022-03-27", "2023-03-27")]
        public void Parses_each_precision(string text, PeriodPrecision precision, string start, string end)
        {
            var period = ReferencePeriod.Parse(text);
            Assert.Equal(precision, period.Precision);
            Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value, period.Start);
            Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value, period.End);
            Assert.Equal(text, period.ToString());
        }

        [Theory]
        [InlineData("")]
        [InlineData("23")]
        [InlineData("2023-13")]
        [InlineData("2023-02-30")]
        [InlineData("2023-2-3")]
        [InlineData("2023/2024")]
        [InlineData("2024-01-01/2023-01-01")]
        [InlineData("0000")]
        [InlineData("early 2023")]
        public void Refuses_invalid_text_with_a_reason(string text)
        {
            Assert.False(ReferencePeriod.TryParse(text, out _, out var error));
            Assert.False(string.IsNullOrWhiteSpace(error));
            Assert.Throws<FormatException>(() => ReferencePeriod.Parse(text));
        }

        [Fact]
        public void Orders_by_end_then_start()
        {
            var year = ReferencePeriod.Parse("2023");
            var december = ReferencePeriod.Parse("2023-12");
            var june = ReferencePeriod.Parse("2023-06-30");
            Assert.True(june.CompareTo(year) < 0);
            Assert.True(year.CompareTo(december) < 0);
            Assert.True(ReferencePeriod.Parse("2022-03-27/2023-12-31").CompareTo(year) < 0);
            Assert.True(ReferencePeriod.Parse("2022-03-27/2024-01-01").CompareTo(year) > 0);
        }

        [Property]
        public Property Day_periods_round_trip_through_text(DateTime date)
        {
            var day = LocalDate.FromDateTime(date);
            var period = ReferencePeriod.ForDay(day);
            return (ReferencePeriod.Parse(period.ToString()).Equals(period) && period.LengthInDays == 1).ToProperty();
        }

        [Property]
        public Property Intervals_round_trip_and_contain_their_ends(DateTime a, PositiveInt days)
        {
            var start = LocalDate.FromDateTime(a.Date);
            if (start.Year > 9000)
            {
                return true.ToProperty();
            }

            var end = start.PlusDays(days.Get % 4000);
            var period = ReferencePeriod.ForInterval(start, end);
            var parsed = ReferencePeriod.Parse(period.ToString());
            return (parsed.Equals(period) && parsed.Contains(start) && parsed.Contains(end) && !parsed.Contains(end.PlusDays(1))).ToProperty();
        }

        [Property]
        public Property Months_and_years_round_trip(PositiveInt seed)
        {
            var year = 1 + (seed.Get % 9999);
            var month = 1 + (seed.Get % 12);
            var byMonth = ReferencePeriod.ForMonth(new YearMonth(year, month));
            var byYear = ReferencePeriod.ForYear(year);
            return (ReferencePeriod.Parse(byMonth.ToString()).Equals(byMonth) && ReferencePeriod.Parse(byYear.ToString()).Equals(byYear) && byYear.Overlaps(byMonth)).ToProperty();
        }

        [Property]
        public Property Overlap_is_symmetric(DateTime a, DateTime b, PositiveInt lengthA, PositiveInt lengthB)
        {
            var first = ReferencePeriod.ForInterval(LocalDate.FromDateTime(a.Date), LocalDate.FromDateTime(a.Date).PlusDays(lengthA.Get % 800));
            var second = ReferencePeriod.ForInterval(LocalDate.FromDateTime(b.Date), LocalDate.FromDateTime(b.Date).PlusDays(lengthB.Get % 800));
            return (first.Overlaps(second) == second.Overlaps(first)).ToProperty();
        }
    }
}
