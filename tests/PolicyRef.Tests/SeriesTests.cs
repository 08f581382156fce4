using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Tests
{
    public class SeriesTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();
        private static readonly Country Alpha = Reference.GetCountry("AAA");
        private static readonly Country Beta = Reference.GetCountry("BBB");

        [Fact]
        public void Preferred_series_has_one_point_per_year_with_its_claim()
        {
            var series = Reference.Series(Alpha, MetricIds.HomicideRate);
            Assert.Equal(Enumerable.Range(2018, 7), series.Points.Select(p => p.Period.Start.Year));
            var y2021 = series.Points.Single(p => p.Period.Start.Year == 2021);
            Assert.Equal(17.6m, y2021.Value);
            Assert.Equal("stat-office-2023", y2021.Claim!.SourceId);
            Assert.Equal(2, y2021.Selection!.Ranked.Length);
        }

        [Fact]
        public void Per_publisher_series_keep_each_publisher_apart()
        {
            var byPublisher = Reference.SeriesByPublisher(Alpha, MetricIds.HomicideRate);
            Assert.Equal(new[] { "Rights Watchers", "Statistics Office of Alphaland" }, byPublisher.Keys);
            Assert.Equal(18.5m, Assert.Single(byPublisher["Rights Watchers"].Points).Value);
        }

        [Fact]
        public void Change_percent_change_and_compound_growth_are_consistent()
        {
            var series = Reference.Series(Alpha, MetricIds.HomicideRate);
            Assert.Equal(1.9m - 50.3m, series.Change);
            Assert.Equal((1.9m - 50.3m) / 50.3m * 100m, series.PercentChange);
            var years = NodaTime.Period.DaysBetween(new LocalDate(2018, 12, 31), new LocalDate(2024, 12, 31)) / 365.2425;
            Assert.Equal(1.9, 50.3 * Math.Pow(1 + (series.CompoundAnnualGrowth!.Value / 100), years), 6);
        }

        [Fact]
        public void Gaps_stay_gaps_unless_an_interpolation_is_named()
        {
            var series = Reference.Series(Beta, MetricIds.HomicideRate);
            Assert.DoesNotContain(series.Points, p => p.Period.Start.Year == 2020);
            var linear = series.Interpolate(InterpolationMethod.Linear).Points.Single(p => p.Period.Start.Year == 2020);
            Assert.True(linear.IsFilled);
            Assert.Null(linear.Claim);
            Assert.Equal(37m, linear.Value);
            Assert.Equal(38m, series.Interpolate(InterpolationMethod.CarryForward).Points.Single(p => p.Period.Start.Year == 2020).Value);
            Assert.Contains("filled (linear)", series.Interpolate(InterpolationMethod.Linear).ToString());
        }

        [Fact]
        public void Alignment_keeps_only_common_years()
        {
            var aligned = Reference.Series(Alpha, MetricIds.HomicideRate).Align(Reference.Series(Beta, MetricIds.HomicideRate));
            Assert.Equal(new[] { 2018, 2019, 2021, 2022, 2023, 2024 }, aligned.Points.Select(p => p.Period.Start.Year));
            Assert.Equal(50.3m - 40.0m, aligned.Points[0].Difference);
        }

        [Fact]
        public void Between_dates_in_options_or_on_the_series()
        {
            var options = SeriesOptions.Yearly.Between(new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31));
            Assert.Equal(new[] { 2020, 2021, 2022 }, Reference.Series(Alpha, MetricIds.HomicideRate, options).Points.Select(p => p.Period.Start.Year));
        }

        [Fact]
        public void Non_numeric_metric_is_refused()
        {
            Assert.Throws<ArgumentException>(() => Reference.Series(Reference.GetFacility("alpha-max"), MetricIds.Status));
            Assert.Throws<ArgumentException>(() => Reference.Series(Alpha, MetricIds.WallHeight));
        }

        [Property]
        public Property A_sub_range_is_a_subset_of_the_full_series(PositiveInt a, PositiveInt b)
        {
            var from = 2017 + (a.Get % 9);
            var to = from + (b.Get % 6);
            var full = Reference.Series(Alpha, MetricIds.HomicideRate);
            var part = full.Between(new LocalDate(from, 1, 1), new LocalDate(to, 12, 31));
            var viaOptions = Reference.Series(Alpha, MetricIds.HomicideRate, SeriesOptions.Yearly.Between(new LocalDate(from, 1, 1), new LocalDate(to, 12, 31)));
            return (part.Points.All(p => full.Points.Contains(p)) && part.Points.All(p => p.Period.Start.Year >= from && p.Period.End.Year <= to)
                && part.Points.Select(p => p.Value).SequenceEqual(viaOptions.Points.Select(p => p.Value))).ToProperty();
        }

        [Property]
        public Property Alignment_mirrors(bool swap)
        {
            var left = Reference.Series(swap ? Beta : Alpha, MetricIds.HomicideRate);
            var right = Reference.Series(swap ? Alpha : Beta, MetricIds.HomicideRate);
            var ab = left.Align(right);
            var ba = right.Align(left);
            return (ab.Points.Select(p => p.Period).SequenceEqual(ba.Points.Select(p => p.Period))
                && ab.Points.Zip(ba.Points, (x, y) => x.Difference == -y.Difference).All(ok => ok)).ToProperty();
        }
    }
}
