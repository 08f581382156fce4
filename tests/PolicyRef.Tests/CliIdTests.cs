using System.IO;
using System.Linq;
using Xunit;
using static PolicyRef.Tests.CliRunner;

namespace PolicyRef.Tests
{
    /// <summary>Every command resolves every kind of id the same way: unknown exits 1 with the nearest ids, and the shared options read alike.</summary>
    public class CliIdTests
    {
        [Theory]
        [InlineData("rank", "homicide-rat")]
        [InlineData("rank", "Homicide_Rate")]
        [InlineData("series", "SLV", "homicide-rat")]
        [InlineData("impact", "slv-state-of-exception-2022", "homicide-rat")]
        [InlineData("impact", "slv-state-of-exception-2022", "homicide-rat", "--method", "synthetic")]
        [InlineData("conflicts", "--metric", "homicide-rat")]
        [InlineData("chart", "rank", "homicide-rat", "--out", "x.svg")]
        [InlineData("chart", "series", "SLV", "homicide-rat", "--out", "x.svg")]
        [InlineData("chart", "impact", "slv-state-of-exception-2022", "homicide-rat", "--out", "x.svg")]
        public void An_unknown_country_metric_exits_1_with_the_nearest_ids_in_every_command(params string[] args)
        {
            var (code, output, error) = Run(args);
            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.Contains("'homicide-rate'", error);
            Assert.DoesNotContain("   at ", error);
        }

        [Theory]
        [InlineData("compare", "cecot", "halden", "--metric", "design-capacty")]
        [InlineData("chart", "compare", "cecot", "halden", "--metric", "design-capacty", "--out", "x.svg")]
        public void An_unknown_facility_metric_exits_1_with_the_nearest_ids(params string[] args)
        {
            var (code, _, error) = Run(args);
            Assert.Equal(1, code);
            Assert.Contains("'design-capacity'", error);
        }

        [Theory]
        [InlineData("'SLV'", "series", "SLX", "homicide-rate")]
        [InlineData("'SLV'", "chart", "series", "SLX", "homicide-rate", "--out", "x.svg")]
        [InlineData("'HND'", "impact", "slv-state-of-exception-2022", "homicide-rate", "--vs", "HNX")]
        [InlineData("'cecot'", "assess", "cecott")]
        [InlineData("'cecot'", "chart", "compare", "cecott", "--out", "x.svg")]
        [InlineData("'cecot'", "conflicts", "--subject", "cecott")]
        [InlineData("'slv-state-of-exception-2022'", "impact", "slv-state-of-exception-2021", "homicide-rate")]
        [InlineData("'slv-state-of-exception-2022'", "chart", "impact", "slv-state-of-exception-2021", "homicide-rate", "--out", "x.svg")]
        [InlineData("'cecot'", "show", "cecott")]
        [InlineData("'cecot'", "cite", "cecott")]
        [InlineData("'Central America'", "rank", "homicide-rate", "--region", "central-amerika")]
        [InlineData("'Central America'", "chart", "rank", "homicide-rate", "--region", "Central Amerika", "--out", "x.svg")]
        public void Every_unknown_id_exits_1_with_the_nearest_ids(string nearest, params string[] args)
        {
            var (code, output, error) = Run(args);
            Assert.True(code == 1, error);
            Assert.Empty(output);
            Assert.Contains(nearest, error);
        }

        [Fact]
        public void A_region_is_found_by_code_name_or_slug_and_a_country_code_in_any_case()
        {
            var byCode = Run("rank", "homicide-rate", "--as-of", "2023-12-31", "--region", "013", "--format", "csv");
            Assert.Equal(0, byCode.Code);
            Assert.Contains("SLV", byCode.Output);
            Assert.Equal(byCode, Run("rank", "homicide-rate", "--as-of", "2023-12-31", "--region", "Central America", "--format", "csv"));
            Assert.Equal(byCode, Run("rank", "homicide-rate", "--as-of", "2023-12-31", "--region", "central-america", "--format", "csv"));
            Assert.Equal(
                Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--vs", "HND,GTM"),
                Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--vs", "hnd,gtm"));
        }

        [Fact]
        public void A_synthetic_control_runs_at_its_defaults_which_impact_and_chart_impact_share()
        {
            var atDefaults = Run("impact", "hnd-state-of-exception-2022", "homicide-rate", "--method", "synthetic");
            Assert.True(atDefaults.Code == 0, atDefaults.Error);
            Assert.Equal(atDefaults, Run("impact", "hnd-state-of-exception-2022", "homicide-rate", "--method", "synthetic", "--before", "7", "--after", "2"));
            var chart = Path.Combine(Fixture.NewTempDirectory(), "synthetic.svg");
            var drawn = Run("chart", "impact", "hnd-state-of-exception-2022", "homicide-rate", "--out", chart);
            Assert.True(drawn.Code == 0, drawn.Error);
            var estimate = PolicyReference.Default.SyntheticControl(
                PolicyReference.Default.GetPolicy("hnd-state-of-exception-2022"), Model.MetricIds.HomicideRate, Queries.Synthetic.SyntheticControlOptions.Years(7, 2));
            Assert.Contains($"placebo rank {estimate.Rank} of {estimate.PlacebosRanked + 1}", File.ReadAllText(chart));
        }

        [Fact]
        public void The_difference_in_differences_keeps_its_own_default_windows()
        {
            Assert.Equal(
                Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--format", "csv"),
                Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--before", "3", "--after", "2", "--format", "csv"));
            Assert.NotEqual(
                Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--format", "csv").Output,
                Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--before", "4", "--after", "2", "--format", "csv").Output);
        }

        [Fact]
        public void A_metric_that_does_not_describe_the_subjects_is_bad_usage()
        {
            var (code, _, error) = Run("rank", "design-capacity");
            Assert.Equal(2, code);
            Assert.Contains("does not apply to a country", error);
            Assert.Equal(2, Run("chart", "compare", "cecot", "halden", "--metric", "status", "--out", Path.Combine(Fixture.NewTempDirectory(), "s.svg")).Code);
            Assert.True(new[] { "rank", "series", "impact", "conflicts", "assess", "compare" }.All(c => Run(c, "--help").Code == 0));
        }
    }
}
