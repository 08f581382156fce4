using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Tests
{
    public class ImpactTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();
        private static readonly Policy Emergency = Reference.GetPolicy("aaa-emergency-2022");

        [Fact]
        public void Windows_leave_out_the_start_year_and_compare_with_the_region()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2));
            Assert.Equal((2019, 2021), (impact.Treated.Before.FirstYear, impact.Treated.Before.LastYear));
            Assert.Equal((2023, 2024), (impact.Treated.After.FirstYear, impact.Treated.After.LastYear));
            Assert.Equal(2022, impact.ExcludedYear);
            Assert.Equal(new[] { "BBB", "CCC" }, impact.Comparison.Select(c => c.Country.Id));
            Assert.Equal((36.0m + 19.7m + 17.6m) / 3, impact.Treated.Before.Mean);
            Assert.Equal((2.4m + 1.9m) / 2, impact.Treated.After.Mean);
            Assert.Equal(-8.5m, impact.Comparison[0].Change);
            Assert.Equal(-3.5m, impact.Comparison[1].Change);

            // BBB has no 2020 figure: by the complete-window rule it leaves the mean and is listed.
            Assert.Equal(-3.5m, impact.ComparisonChange);
            Assert.Equal(impact.Treated.Change - -3.5m, impact.DifferenceInDifferences);
            Assert.Contains(impact.LeftOut, l => l.StartsWith("BBB: no figure for 2020", StringComparison.Ordinal));
            var partial = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2).WithPartialWindows());
            Assert.Equal(-6m, partial.ComparisonChange);
            Assert.Equal(impact.Treated.Change - -6m, partial.DifferenceInDifferences);
        }

        [Fact]
        public void Gaps_are_counted_and_stated_not_filled()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2));
            var beta = impact.Comparison[0];
            Assert.Equal(new[] { 2020 }, beta.Before.MissingYears);
            Assert.Equal(2, beta.Before.Observations);
            Assert.Contains(impact.Limitations, l => l.Contains("BBB", StringComparison.Ordinal) && l.Contains("never filled", StringComparison.Ordinal));
            Assert.Contains(impact.Limitations, l => l.Contains("does not show that the policy caused", StringComparison.Ordinal));
        }

        [Fact]
        public void Caller_can_choose_the_comparison_group()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2).WithComparisonGroup("EEE"));
            Assert.Equal(0m, Assert.Single(impact.Comparison).Change);
            Assert.Equal(impact.Treated.Change, impact.DifferenceInDifferences);
        }

        [Fact]
        public void Sensitivity_recomputes_with_shorter_and_longer_windows()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2).WithPartialWindows());
            Assert.Equal(new[] { (2, 1), (4, 3) }, impact.Sensitivity.Select(s => (s.YearsBefore, s.YearsAfter)));
            Assert.All(impact.Sensitivity, s => Assert.NotNull(s.DifferenceInDifferences));
            Assert.Contains("Difference-in-differences", impact.ToString());
        }

        [Fact]
        public void Windows_must_be_at_least_a_year()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => ImpactOptions.Years(0, 2));
            Assert.Throws<ArgumentException>(() => Reference.Impact(Emergency, MetricIds.DesignCapacity, ImpactOptions.Years(1, 1)));
        }

        [Property]
        public Property Before_and_after_windows_are_disjoint_and_never_hold_the_start_year(PositiveInt before, PositiveInt after)
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(1 + (before.Get % 8), 1 + (after.Get % 8)));
            var start = Emergency.Start.Year;
            var all = new[] { impact.Treated }.Concat(impact.Comparison);
            return all.All(s => s.Before.LastYear < start && s.After.FirstYear > start
                && s.Before.Points.All(p => p.Period.End.Year < start) && s.After.Points.All(p => p.Period.Start.Year > start)
                && s.Before.Observations + s.Before.MissingYears.Length == s.Before.LastYear - s.Before.FirstYear + 1).ToProperty();
        }
    }
}
