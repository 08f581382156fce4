using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Cli;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>The impact command carries the whole result, caveats included, in every format.</summary>
    public class ImpactCliTests
    {
        // El Salvador's standard homicide series ends in 2022 (its official 2023-24 rates are a variant), so Honduras' state of exception is the example.
        [Fact]
        public void The_default_group_leaves_out_el_salvador_with_the_reason_and_the_text_warns_of_placebos_in_time()
        {
            var (code, output, error) = Run("impact", "hnd-state-of-exception-2022", "homicide-rate");
            Assert.True(code == 0, error);
            Assert.StartsWith("Difference-in-differences (before/after against the mean of", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\nEl Salvador ", output);
            Assert.Contains("SLV: under slv-state-of-exception-2022", output);
            Assert.Contains("- Placebo in time:", output);
            Assert.Contains("Status: not informative", output);
        }

        [Fact]
        public void Without_standard_figures_after_the_start_the_estimate_is_refused_and_says_the_official_figures_are_a_variant()
        {
            var (_, output, _) = Run("impact", "slv-state-of-exception-2022", "homicide-rate");
            Assert.Contains("no estimate", output);
            Assert.Contains("Status: refused", output);
            Assert.Contains("SLV has no figure for 2023, 2024", output);
            Assert.Contains("variant of the metric (slv-excluding-gang-members-killed)", output);
        }

        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("csv")]
        [InlineData("markdown")]
        public void With_a_variant_every_format_names_each_points_definition_and_the_mixing(string format)
        {
            const string Variant = "slv-excluding-gang-members-killed";
            var (code, output, error) = Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--definition", Variant, "--format", format);
            Assert.True(code == 0, error);
            Assert.Contains("Definitions are mixed across the windows: " + Variant + " for SLV 2023, 2024", output);
            if (format == "text")
            {
                Assert.Contains("Definitions of the window points (" + Variant + " where a year has it, else standard):", output);
                Assert.Matches(@"\n  SLV: standard \d{4}–2021; " + Variant + " 2023–2024\n", output);
                Assert.DoesNotContain("SLV has no figure for 2023, 2024", output);
            }
            else if (format == "json")
            {
                var json = JObject.Parse(output);
                Assert.Equal(Variant, (string?)json["definition"]);
                var slv = json["countries"]!.Single(c => (string?)c["country"] == "SLV");
                Assert.All(slv["after_points"]!, p => Assert.Equal(Variant, (string?)p["definition"]));
                Assert.All(slv["before_points"]!, p => Assert.Equal("standard", (string?)p["definition"]));
                Assert.Equal(2, slv["after_points"]!.Count());
            }
            else
            {
                Assert.Contains("countries[0].after_points[0].definition", output);
                Assert.Contains("definition_rule", output);
            }
        }

        [Fact]
        public void An_unknown_variant_is_refused_by_name()
        {
            var (code, output, error) = Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--definition", "no-such-variant");
            Assert.NotEqual(0, code);
            Assert.Contains("There is no variant of metric 'homicide-rate' 'no-such-variant'", error);
            Assert.Empty(output);
        }

        [Theory]
        [InlineData("json")]
        [InlineData("csv")]
        [InlineData("markdown")]
        public void Every_format_carries_estimate_diagnostics_warnings_limitations_and_status(string format)
        {
            var (code, output, error) = Run("impact", "hnd-state-of-exception-2022", "homicide-rate", "--vs", "SLV,GTM", "--format", format);
            Assert.True(code == 0, error);
            foreach (var part in new[] { "comparison_change", "difference_in_differences", "sensitivity", "event_study", "placebos_in_time", "placebos_in_space", "limitations", "left_out", "not-informative" })
            {
                Assert.Contains(part, output);
            }

            Assert.Contains("SLV was named in the comparison group but is itself under slv-state-of-exception-2022", output);
            if (format == "json")
            {
                var json = JObject.Parse(output);
                Assert.Equal(JTokenType.Float, json["estimate"]!.Type);
                Assert.Equal("not-informative", (string?)json["status"]);
                Assert.Contains("Difference-in-differences", (string?)json["headline"]);
            }
        }

        [Fact]
        public void Synthetic_control_runs_at_its_defaults_and_its_json_has_numeric_weights_status_and_estimate()
        {
            // El Salvador's standard homicide series ends in 2022 (its official 2023-24 rates are a variant), so Honduras' state of exception is the example.
            var (code, output, error) = Run("impact", "hnd-state-of-exception-2022", "homicide-rate", "--method", "synthetic", "--format", "json");
            Assert.True(code == 0, error);
            var json = JObject.Parse(output);
            Assert.Equal(JTokenType.Float, json["estimate"]!.Type);
            Assert.All(json["donor_weights"]!, w => Assert.Equal(JTokenType.Float, w["weight"]!.Type));
            Assert.Contains((string?)json["status"], new[] { "estimated", "not-informative" });
            Assert.Equal(7, (int)json["windows"]!["years_before"]!);
            Assert.NotNull(json["diagnostics"]!["smallest_possible_p_value"]);
            Assert.DoesNotContain(json["donor_weights"]!, w => (string?)w["country"] == "SLV");
        }

        [Fact]
        public void A_synthetic_control_without_the_standard_after_years_is_refused_and_says_the_official_figures_are_a_variant()
        {
            var (code, output, _) = Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--method", "synthetic", "--format", "json");
            Assert.Equal(1, code);
            var json = JObject.Parse(output);
            Assert.Equal("refused", (string?)json["status"]);
            Assert.Equal(JTokenType.Null, json["estimate"]!.Type);
            Assert.Contains("slv-excluding-gang-members-killed", (string?)json["refusal"], System.StringComparison.Ordinal);
            Assert.All(json["years"]!, y => Assert.Equal(JTokenType.Null, y["actual"]!.Type));
        }

        [Fact]
        public void Synthetic_control_with_too_short_a_pre_period_or_a_bad_cut_off_is_bad_usage_without_a_parameter_name()
        {
            var (code, _, error) = Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--method", "synthetic", "--before", "3");
            Assert.Equal(2, code);
            Assert.Contains("--before of at least 5", error);
            Assert.DoesNotContain("Parameter", error);
            Assert.Equal(2, Run("impact", "slv-state-of-exception-2022", "homicide-rate", "--method", "synthetic", "--poor-fit-mspe", "0").Code);
            Assert.Equal(1, Run("impact", "slv-no-such-policy", "homicide-rate").Code);
        }

        private static (int Code, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = Program.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
    }
}
