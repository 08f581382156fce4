using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Cli;
using Xunit;

namespace PolicyRef.Tests
{
    public class EstimateCliTests
    {
        [Theory]
        [InlineData("did", -27.349, 0.01)]
        [InlineData("synthetic", -19.6, 0.25)]
        [InlineData("sdid", -15.6, 0.3)]
        public void Estimate_reproduces_the_prop99_table_as_json(string method, double published, double tolerance)
        {
            var (code, output, error) = Run("estimate", "--panel", Prop99Tests.PanelPath, "--unit", "State", "--time", "Year", "--outcome", "PacksPerCapita", "--treated", "California", "--start", "1989", "--method", method, "--replications", "10", "--format", "json");
            Assert.True(code == 0, error);
            var json = JObject.Parse(output);
            Assert.Equal(JTokenType.Float, json["estimate"]!.Type);
            Assert.InRange((double)json["estimate"]!, published - tolerance, published + tolerance);
            Assert.Equal(JTokenType.Float, json["standard_error"]!.Type);
            Assert.Equal(method, (string?)json["method"]);
            Assert.Contains((string?)json["status"], new[] { "estimated", "not-informative" });
            Assert.Equal(31, ((JArray)json["event_study"]!).Count);
            Assert.Equal(1.0, Sum((JArray)json["unit_weights"]!), 6);
            Assert.NotNull(json["diagnostics"]!["placebos_in_time"]);
            Assert.NotEmpty((JArray)json["limitations"]!);
        }

        [Fact]
        public void Estimate_text_names_the_method_and_design_in_its_headline()
        {
            var (code, output, error) = Run("estimate", "--panel", Prop99Tests.PanelPath, "--unit", "State", "--time", "Year", "--outcome", "PacksPerCapita", "--treated", "California", "--start", "1989", "--method", "did", "--replications", "0");
            Assert.True(code == 0, error);
            Assert.StartsWith("Difference-in-differences estimate for California from 1989: -27.349", output, StringComparison.Ordinal);
            Assert.Contains("Design: difference-in-differences", output);
            Assert.Contains("Pre-trend", output);
        }

        [Theory]
        [InlineData("Alabama,1971,,0", "california_prop99.csv:3:", 3)]
        [InlineData("Alabama,1971,many,0", "california_prop99.csv:3:", 3)]
        [InlineData("Alabama,1970,89.8,0", "california_prop99.csv:3:", 3)]
        [InlineData("Alabama,nineteen,89.8,0", "california_prop99.csv:3:", 3)]
        public void A_malformed_panel_is_reported_with_file_and_line_and_exits_3(string badRow, string expected, int exitCode)
        {
            var lines = File.ReadAllLines(Prop99Tests.PanelPath);
            lines[2] = badRow;
            var path = Path.Combine(Fixture.NewTempDirectory(), "california_prop99.csv");
            File.WriteAllLines(path, lines);
            var (code, output, error) = Run("estimate", "--panel", path, "--unit", "State", "--time", "Year", "--outcome", "PacksPerCapita", "--treated", "California", "--start", "1989", "--method", "did");
            Assert.Equal(exitCode, code);
            Assert.Empty(output);
            Assert.Contains(expected, error);
            Assert.DoesNotContain("   at ", error);
        }

        [Theory]
        [InlineData("--treated", "Atlantis", "no unit 'Atlantis'")]
        [InlineData("--start", "2031", "no period 2031")]
        [InlineData("--unit", "Country", "no column 'Country'")]
        public void A_treated_unit_start_or_column_not_in_the_file_is_a_clear_error(string option, string value, string expected)
        {
            var args = new[] { "estimate", "--panel", Prop99Tests.PanelPath, "--unit", "State", "--time", "Year", "--outcome", "PacksPerCapita", "--treated", "California", "--start", "1989", "--method", "did" };
            args[Array.IndexOf(args, option) + 1] = value;
            var (code, _, error) = Run(args);
            Assert.InRange(code, 2, 3);
            Assert.Contains(expected, error);
            Assert.Contains("california_prop99.csv", error);
        }

        [Fact]
        public void A_missing_file_or_method_is_bad_usage()
        {
            Assert.Equal(2, Run("estimate", "--panel", "/no/such/panel.csv", "--unit", "State", "--time", "Year", "--outcome", "PacksPerCapita", "--treated", "California", "--start", "1989").Code);
            Assert.Equal(2, Run("estimate", "--panel", Prop99Tests.PanelPath, "--unit", "State", "--time", "Year", "--outcome", "PacksPerCapita", "--treated", "California", "--start", "1989", "--method", "ols").Code);
        }

        private static double Sum(JArray weights)
        {
            var sum = 0.0;
            foreach (var w in weights)
            {
                sum += (double)w["weight"]!;
            }

            return sum;
        }

        private static (int Code, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = Program.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }

        [Fact]
        public void Predictors_bring_v_weights_and_a_balance_table_into_the_json()
        {
            var (code, output, error) = Run("estimate", "--panel", Prop99Tests.PanelPath, "--unit", "State", "--time", "Year", "--outcome", "PacksPerCapita", "--treated", "California", "--start", "1989", "--method", "synthetic", "--predictor", "PacksPerCapita:1975", "--predictor", "PacksPerCapita:mean:1980-1980", "--predictor", "PacksPerCapita:1988", "--replications", "0", "--format", "json");
            Assert.True(code == 0, error);
            var json = JObject.Parse(output);
            var weights = (JArray)json["predictor_weights"]!;
            Assert.Equal(new[] { "PacksPerCapita 1975", "PacksPerCapita 1980", "PacksPerCapita 1988" }, weights.Select(w => (string)w["predictor"]!));
            Assert.Equal(1.0, weights.Sum(w => (double)w["v_weight"]!), 9);
            var balance = (JArray)json["predictor_balance"]!;
            Assert.Equal(90.1, (double)balance[2]["treated"]!, 3);
            Assert.All(balance, b => Assert.Equal(JTokenType.Float, b["donor_mean"]!.Type));
            Assert.Contains("V weights", (string)json["design"]!, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("sdid", "PacksPerCapita:1975", 2)]
        [InlineData("synthetic", "PacksPerCapita:1995", 2)]
        [InlineData("synthetic", "PacksPerCapita", 2)]
        [InlineData("synthetic", "beer:1980", 3)]
        public void Bad_predictors_are_refused_with_a_clear_exit_code(string method, string predictor, int expected)
        {
            var (code, _, error) = Run("estimate", "--panel", Prop99Tests.PanelPath, "--unit", "State", "--time", "Year", "--outcome", "PacksPerCapita", "--treated", "California", "--start", "1989", "--method", method, "--predictor", predictor, "--replications", "0");
            Assert.True(code == expected, error);
            Assert.Contains(expected == 3 ? "beer" : "predictor", error, StringComparison.OrdinalIgnoreCase);
        }
    }
}
