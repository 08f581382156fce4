using System.IO;
using System.Linq;
using Xunit;
using static PolicyRef.Tests.CliRunner;

namespace PolicyRef.Tests
{
    /// <summary>Every chart kind drawn at its defaults from the shipped data: no text over text, no text over the data.</summary>
    public class ChartReadabilityTests
    {
        [Theory]
        [InlineData("series", "SLV", "homicide-rate", "HND", "GTM", "--policy", "slv-state-of-exception-2022")]
        [InlineData("series", "SLV", "homicide-rate", "--by-publisher")]
        [InlineData("rank", "prison-population-rate")]
        [InlineData("rank", "prison-population-rate", "--as-of", "2024-12-31", "--top", "5")]
        [InlineData("rank", "homicide-rate", "--region", "central-america")]
        [InlineData("compare", "cecot", "adx-florence", "halden")]
        [InlineData("compare", "cecot", "la-esperanza-mariona", "changi-prison", "new-bilibid", "adx-florence", "halden")]
        // El Salvador's standard homicide series ends in 2022 (its official 2023-24 rates are a variant), so Honduras' state of exception is the example.
        [InlineData("impact", "hnd-state-of-exception-2022", "homicide-rate")]
        public void A_chart_at_its_defaults_has_no_text_over_text_or_data(params string[] args)
        {
            var path = Path.Combine(Fixture.NewTempDirectory(), "chart.svg");
            var (code, _, error) = Run(new[] { "chart" }.Concat(args).Concat(new[] { "--out", path }).ToArray());
            Assert.True(code == 0, error);
            var layouts = ChartLayout.Read(File.ReadAllText(path)).ToList();
            Assert.NotEmpty(layouts);
            Assert.All(layouts, layout =>
            {
                Assert.True(layout.Texts.Count >= 8, $"{layout.Texts.Count} texts read");
                Assert.NotEmpty(layout.Data);
                Assert.Empty(layout.Overlaps());
            });
        }

        [Theory]
        [InlineData("USA", "prison-population-rate")]
        [InlineData("SLV", "homicide-rate")]
        [InlineData("GBR-SCT", "population")]
        public void A_series_chart_marks_each_break_with_a_dashed_line_and_names_it_once_in_the_legend(string country, string metric)
        {
            var series = PolicyReference.Default.Series(PolicyReference.Default.GetCountry(country), new Model.MetricId(metric));
            var breaks = series.Points.Count(p => p.IsBreak);
            var path = Path.Combine(Fixture.NewTempDirectory(), "series.svg");
            var (code, _, error) = Run("chart", "series", country, metric, "--out", path);
            Assert.True(code == 0, error);
            var svg = File.ReadAllText(path);
            var layout = ChartLayout.Read(svg).Single();
            Assert.Equal(breaks > 0 ? 1 : 0, layout.Texts.Count(t => t.Text == "break: publisher/definition changes"));
            // The SVG draws a dashed line as one filled path of many short dashes (grid lines are stroked, the data a single stroke).
            var dashedLines = System.Text.RegularExpressions.Regex.Matches(svg, "<path fill=\"#[0-9A-Fa-f]{6}\"[^>]* d=\"([^\"]*)\"")
                .Count(m => m.Groups[1].Value.Count(c => c == 'M') >= 5);
            Assert.Equal(breaks, dashedLines);
            Assert.Empty(layout.Overlaps());
        }

        [Fact]
        public void Bounds_and_estimates_are_marked_on_their_bars()
        {
            var compare = Path.Combine(Fixture.NewTempDirectory(), "compare.svg");
            Assert.Equal(0, Run("chart", "compare", "cecot", "adx-florence", "halden", "--out", compare).Code);
            var texts = ChartLayout.Read(File.ReadAllText(compare)).Single().Texts.Select(t => t.Text).ToList();
            // Which bars are bounds comes from the data: every upper-bound preferred figure is labelled as one, and no other bar is.
            var upperBounds = new[] { "cecot", "adx-florence", "halden" }
                .Select(id => PolicyReference.Default.Select(PolicyReference.Default.GetFacility(id), Model.MetricIds.DesignCapacity)!.Chosen)
                .Count(claim => claim.Has(Model.ClaimFlags.UpperBound));
            Assert.True(upperBounds > 0, "the shipped data has no upper-bound design capacity among the three facilities; pick facilities that do");
            Assert.Equal(upperBounds, texts.Count(t => t.StartsWith("≤ ", System.StringComparison.Ordinal) && t.Contains("upper bound", System.StringComparison.Ordinal)));
            var rank = Path.Combine(Fixture.NewTempDirectory(), "rank.svg");
            Assert.Equal(0, Run("chart", "rank", "prison-population-rate", "--as-of", "2024-12-31", "--out", rank).Code);
            var ranking = PolicyReference.Default.RankCountries(Model.MetricIds.PrisonPopulationRate, new NodaTime.LocalDate(2024, 12, 31), Queries.RankOptions.Default.WithTop(15));
            var estimates = ranking.Rows.Count(r => r.Claim.Has(Model.ClaimFlags.Estimate));
            Assert.Equal(estimates, ChartLayout.Read(File.ReadAllText(rank)).Single().Texts.Count(t => t.Text.EndsWith(" est.", System.StringComparison.Ordinal)));
        }
    }
}
