using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Data;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>A metric's declared decimals: read from data/metrics, checked, and used by text output only.</summary>
    public class MetricPrecisionTests
    {
        [Fact]
        public void Decimals_are_read_from_the_metric_file_and_round_text_only()
        {
            var loaded = Fixture.LoadWith("metrics/homicide-rate.json", Fixture.Text("metrics/homicide-rate.json").Replace("\"tolerance\": 0.05", "\"tolerance\": 0.05,\n  \"decimals\": 1", System.StringComparison.Ordinal));
            var metric = loaded.GetMetric(MetricIds.HomicideRate);
            Assert.Equal(1, metric.Decimals);
            Assert.Null(loaded.GetMetric(MetricIds.WallHeight).Decimals);
            var claim = new Claim(SubjectKind.Country, "AAA", MetricIds.HomicideRate, ClaimValue.FromNumber(107.638231m), metric.Unit, ReferencePeriod.ForYear(2015), "stat-office-2023", null, ClaimFlags.LowerBound, default);
            Assert.Equal("≥ 107.6 per 100k", ClaimFormatter.FormatValue(claim, metric));
            Assert.Equal("≥ 107.638231 per 100k", ClaimFormatter.FormatValue(claim));
            Assert.Equal("107.638231", claim.Value.ToString());
        }

        [Theory]
        [InlineData("1.5")]
        [InlineData("7")]
        [InlineData("-1")]
        public void Decimals_must_be_a_whole_number_from_0_to_6(string decimals)
        {
            var problems = Fixture.ProblemsWith("metrics/homicide-rate.json", "\"tolerance\": 0.05", "\"tolerance\": 0.05,\n  \"decimals\": " + decimals);
            var problem = Assert.Single(problems);
            Assert.Equal(DataProblemKind.OutOfRange, problem.Kind);
            Assert.Contains("decimals", problem.Message, System.StringComparison.Ordinal);
        }

        [Property(MaxTest = 200)]
        public Property Rounding_to_fewer_decimals_never_moves_a_number_by_more_than_half_a_unit_of_the_last_place(decimal number, byte places)
        {
            var decimals = places % 7;
            var shown = decimal.Parse(ClaimFormatter.FormatNumber(number, decimals).Replace(",", string.Empty, System.StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            var unit = 1m / (decimal)System.Math.Pow(10, decimals);
            return (System.Math.Abs(shown - number) <= unit / 2).Label($"{number} at {decimals}: {shown}");
        }
    }
}
