using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Model;
using PolicyRef.Queries;
using PolicyRef.Queries.Estimation;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>The diagnostics of the before/after comparison on the fixture, checked against hand computation.</summary>
    public class ImpactDiagnosticsTests
    {
        private const string SameKindInCcc = "{ \"id\": \"ccc-emergency-2022\", \"country\": \"CCC\", \"name\": \"Emergency\", \"kind\": \"state-of-emergency\", \"start\": \"2022-06-01\", \"summary\": \"A state of emergency.\", \"sources\": [\"ngo-2024-report\"] }";

        private static readonly PolicyReference Reference = Fixture.Load();
        private static readonly Policy Emergency = Reference.GetPolicy("aaa-emergency-2022");

        [Fact]
        public void Event_study_gaps_are_against_the_before_window_and_average_to_the_estimate()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2));

            // By hand: AAA minus CCC is 15, -0.3, -1.4 before (mean 4.4333…), -14.6 and -14.1 after.
            var gaps = impact.EventStudy.ToDictionary(e => e.Year, e => e.Gap);
            Assert.Equal(15m - (13.3m / 3), gaps[2019]);
            Assert.Equal(-14.6m - (13.3m / 3), gaps[2023]);
            Assert.Equal("start", impact.EventStudy.Single(e => e.Year == 2022).Window);
            Assert.Equal(impact.DifferenceInDifferences!.Value, impact.EventStudy.Where(e => e.Window == "after").Average(e => e.Gap!.Value), 10);
        }

        [Fact]
        public void A_pre_trend_that_alone_explains_half_the_estimate_makes_it_not_informative()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2));

            // AAA fell 9.2 a year over 2019–2021 and CCC 1: 3.5 years × -8.2 = -28.7, against a DiD of -18.78.
            Assert.Equal(-9.2, impact.TreatedPreSlope!.Value, 9);
            Assert.Equal(-1.0, impact.ComparisonPreSlope!.Value, 9);
            Assert.Equal(EstimateStatus.NotInformative, impact.Status);
            Assert.Contains(impact.Warnings, w => w.StartsWith("Pre-trend", StringComparison.Ordinal) && w.Contains("-28.7", StringComparison.Ordinal));
            Assert.StartsWith("Difference-in-differences (before/after against the mean of 1 comparison countries", impact.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Placebos_in_time_cover_every_fake_start_whose_windows_end_before_the_policy()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(1, 1));

            // Figures from 2018: fake starts 2019 (2018 | 2020) and 2020 (2019 | 2021); 2021 would reach 2022.
            Assert.Equal(new int?[] { 2019, 2020 }, impact.PlacebosInTime.Select(p => p.FakeStartYear));
            var fake2020 = impact.PlacebosInTime.Single(p => p.FakeStartYear == 2020).DifferenceInDifferences;
            Assert.Equal((17.6m - 36m) - (19m - 21m), fake2020);
        }

        [Fact]
        public void Placebos_in_space_put_each_comparison_country_in_the_policy_countrys_place()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2).WithPartialWindows());
            var bbb = impact.PlacebosInSpace.Single(p => p.Country!.Id == "BBB").DifferenceInDifferences;
            Assert.Equal(-8.5m - -3.5m, bbb);
            Assert.Equal(1, impact.PlaceboRank);
            Assert.Equal(1.0 / 3, impact.PlaceboPValue!.Value, 9);
            Assert.Contains("smallest possible p is 0.333", impact.ToString());
        }

        [Fact]
        public void A_country_under_a_policy_of_the_same_kind_leaves_the_default_group_with_the_reason_and_is_warned_about_when_named()
        {
            var reference = Fixture.LoadWith("policies/CCC/ccc-emergency-2022.json", SameKindInCcc);
            var policy = reference.GetPolicy("aaa-emergency-2022");
            var impact = reference.Impact(policy, MetricIds.HomicideRate, ImpactOptions.Years(3, 2));
            Assert.DoesNotContain(impact.Comparison, c => c.Country.Id == "CCC");
            Assert.Contains(impact.LeftOut, l => l.StartsWith("CCC: under ccc-emergency-2022", StringComparison.Ordinal));
            Assert.Equal(EstimateStatus.Refused, impact.Status);
            var named = reference.Impact(policy, MetricIds.HomicideRate, ImpactOptions.Years(3, 2).WithComparisonGroup("CCC"));
            Assert.Contains(named.Comparison, c => c.Country.Id == "CCC");
            Assert.Contains(named.Warnings, w => w.StartsWith("CCC was named in the comparison group but is itself under ccc-emergency-2022", StringComparison.Ordinal));
        }

        [Property]
        public Property The_after_gaps_average_to_the_estimate_whenever_every_window_is_complete(PositiveInt before, PositiveInt after)
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(1 + (before.Get % 4), 1 + (after.Get % 2)));
            var complete = impact.Treated.IsComplete && impact.DifferenceInDifferences is not null;
            return (!complete || Math.Abs(impact.EventStudy.Where(e => e.Window == "after").Average(e => e.Gap!.Value) - impact.DifferenceInDifferences!.Value) < 0.000001m).ToProperty();
        }
    }
}
