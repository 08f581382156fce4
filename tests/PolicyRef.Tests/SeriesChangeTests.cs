using System;
using System.Linq;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>A series' change between its first and last figures keeps their qualifiers: a bound gives a bound, opposite bounds nothing, a rough figure a rough change.</summary>
    public class SeriesChangeTests
    {
        private static Queries.Series TwoPoints(string firstFlags, string lastFlags)
        {
            static string Claim(string period, string value, string flags) =>
                $"{{ \"metric\": \"homicide-rate\", \"value\": {value}, \"unit\": \"per-100k\", \"period\": \"{period}\", \"source\": \"stat-office-2023\"{(flags.Length == 0 ? string.Empty : ", \"flags\": [" + string.Join(", ", flags.Split(',').Select(f => "\"" + f + "\"")) + "]")} }}";
            var lines = Fixture.Text("countries/AAA.json").Split('\n').Where(l => !l.Contains("\"homicide-rate\"", StringComparison.Ordinal)).ToList();
            var claims = lines.FindIndex(l => l.Contains("\"claims\": [", StringComparison.Ordinal));
            lines.Insert(claims + 1, "    " + Claim("2018", "40", firstFlags) + ",\n    " + Claim("2024", "30", lastFlags) + ",");
            var reference = Fixture.LoadWith("countries/AAA.json", string.Join("\n", lines));
            var series = reference.Series(reference.GetCountry("AAA"), MetricIds.HomicideRate);
            Assert.Equal(2, series.Points.Length);
            return series;
        }

        private static string ChangeLine(Queries.Series series) => series.ToString().Split('\n').Single(l => l.StartsWith("Change", StringComparison.Ordinal));

        [Theory]
        [InlineData("", "", "Change -10 (-25%)")]
        [InlineData("lower-bound", "", "Change ≤ -10 (≤ -25%): the first figure (40) is a lower bound")]
        [InlineData("", "lower-bound", "Change ≥ -10 (≥ -25%): the last figure (30) is a lower bound")]
        [InlineData("upper-bound", "", "Change ≥ -10 (≥ -25%): the first figure (40) is an upper bound")]
        [InlineData("lower-bound", "upper-bound", "Change ≤ -10 (≤ -25%): the first figure (40) is a lower bound; the last figure (30) is an upper bound")]
        [InlineData("approximate", "", "Change ~-10 (~-25%): the first figure is approximate")]
        [InlineData("", "estimate,provisional", "Change ~-10 (~-25%): the last figure is an estimate, provisional")]
        public void The_change_line_carries_the_qualifiers_of_its_ends(string first, string last, string expected)
        {
            var series = TwoPoints(first, last);

            Assert.Equal(expected, ChangeLine(series));
            Assert.Equal(first.Length == 0 && last.Length == 0, series.ChangeCaveat is null);
            Assert.Equal(-10m, series.Change);
        }

        [Theory]
        [InlineData("lower-bound", "lower-bound")]
        [InlineData("upper-bound", "upper-bound")]
        public void Bounds_pointing_opposite_ways_leave_the_change_undetermined_and_print_no_number(string first, string last)
        {
            var series = TwoPoints(first, last);

            var line = ChangeLine(series);
            Assert.StartsWith("Change not determined: ", line, StringComparison.Ordinal);
            Assert.DoesNotContain("10", line.Replace("(40)", string.Empty, StringComparison.Ordinal).Replace("(30)", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal(series.ChangeCaveat, line.Substring("Change ".Length));
        }
    }
}
