using System.IO;
using System.Linq;
using PolicyRef.Cli;
using Xunit;

namespace PolicyRef.Tests
{
    public class CliTests
    {
        [Fact]
        public void Compare_prints_a_table_with_sources_and_disagreements()
        {
            var (code, output, _) = Run("compare", "cecot", "adx-florence", "halden");
            Assert.Equal(0, code);
            var lines = output.Split('\n');
            Assert.StartsWith("Metric", lines[0]);
            Assert.Contains("CECOT (SLV)", lines[0]);
            Assert.Contains(lines, l => l.StartsWith("Perimeter wall height", System.StringComparison.Ordinal) && l.Contains('*'));
            Assert.Contains("* Sources disagree:", output);
            Assert.Contains("Sources:", output);
        }

        [Fact]
        public void Unknown_facility_exits_1_with_the_nearest_ids()
        {
            var (code, output, error) = Run("compare", "cecott", "halden");
            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.Contains("'cecot'", error);
        }

        [Fact]
        public void Bad_usage_exits_2_with_a_usage_line()
        {
            var (code, _, error) = Run("compare");
            Assert.Equal(2, code);
            Assert.Contains("usage:", error);
        }

        [Fact]
        public void Validate_reports_every_problem_and_exits_3()
        {
            var directory = Fixture.NewTempDirectory();
            Fixture.CopyTo(directory);
            var path = Path.Combine(directory, "countries", "AAA.json");
            File.WriteAllText(path, File.ReadAllText(path).Replace("\"value\": 600,", "\"value\": -600,", System.StringComparison.Ordinal));
            var (code, _, error) = Run("validate", directory, "--alone");
            Assert.Equal(3, code);
            Assert.Contains("countries/AAA.json:8:", error);
        }

        [Fact]
        public void Export_csv_writes_the_contract_files()
        {
            var directory = Fixture.NewTempDirectory();
            var (code, _, _) = Run("export", "--format", "csv", "--out", directory);
            Assert.Equal(0, code);
            var rows = CsvReader.Parse(File.ReadAllText(Path.Combine(directory, "observations.csv")));
            Assert.True(rows.Count > 100);
            var sources = CsvReader.Parse(File.ReadAllText(Path.Combine(directory, "sources.csv"))).Skip(1).Select(r => r[0]).ToHashSet();
            Assert.All(rows.Skip(1), r => Assert.Contains(r[6], sources));
        }

        [Theory]
        [InlineData("rank", "prison-population-rate", "--as-of", "2024-12-31", "--top", "10")]
        [InlineData("series", "SLV", "homicide-rate", "--by-publisher")]
        [InlineData("impact", "slv-state-of-exception-2022", "homicide-rate", "--before", "3", "--after", "2")]
        [InlineData("conflicts", "--top", "10")]
        [InlineData("assess", "cecot")]
        [InlineData("show", "cecot")]
        [InlineData("show", "slv-state-of-exception-2022")]
        public void Query_commands_print_a_table_and_exit_0(params string[] args)
        {
            var (code, output, error) = Run(args);
            Assert.True(code == 0, error);
            Assert.Contains("PolicyRef data", output + (args[0] == "series" ? "PolicyRef data" : string.Empty));
            Assert.True(output.Split('\n').Length > 3);
        }

        [Fact]
        public void Cite_prints_every_source_behind_an_entity_in_each_format()
        {
            var (code, text, _) = Run("cite", "cecot");
            Assert.Equal(0, code);
            Assert.Contains("ticotimes-2023-02-cecot-inside", text);
            Assert.StartsWith("@misc{", Run("cite", "cecot", "--format", "bibtex").Output);
            Assert.StartsWith("[", Run("cite", "cecot", "--format", "csl-json").Output);
        }

        [Fact]
        public void Search_finds_cecot_by_its_spanish_name_without_accents()
        {
            var (code, output, _) = Run("search", "confinamiento del terrorismo");
            Assert.Equal(0, code);
            Assert.Contains("cecot", output);
            Assert.Equal(1, Run("search", "no-such-place-anywhere").Code);
        }

        [Fact]
        public void Export_bibtex_and_csl_json_write_every_source()
        {
            var directory = Fixture.NewTempDirectory();
            var other = Fixture.NewTempDirectory();
            Assert.Equal(0, Run("export", "--format", "bibtex", "--out", directory).Code);
            Assert.Equal(0, Run("export", "--format", "csl-json", "--out", other).Code);
            // An export of another format would replace the earlier one as a whole: refused, the earlier one kept.
            var (code, _, error) = Run("export", "--format", "csl-json", "--out", directory);
            Assert.Equal(2, code);
            Assert.Contains("earlier export in another format", error);
            var bib = File.ReadAllText(Path.Combine(directory, "sources.bib"));
            var csl = Newtonsoft.Json.Linq.JArray.Parse(File.ReadAllText(Path.Combine(other, "sources.csl.json")));
            Assert.Equal(PolicyReference.Default.Sources.Length, bib.Split("@misc{").Length - 1);
            Assert.Equal(PolicyReference.Default.Sources.Length, csl.Count);
        }

        [Fact]
        public void Chart_series_writes_an_svg_with_title_units_sources_and_version()
        {
            var path = Path.Combine(Fixture.NewTempDirectory(), "homicide.svg");
            var (code, _, error) = Run("chart", "series", "SLV", "homicide-rate", "--policy", "slv-state-of-exception-2022", "--out", path);
            Assert.True(code == 0, error);
            var svg = File.ReadAllText(path);
            Assert.Contains("<svg", svg);
            Assert.Contains("per 100,000 people", svg);
            Assert.Contains("PolicyRef data " + PolicyReference.Default.DataVersion, svg);
            Assert.Contains("Sources:", svg);
        }

        [Theory]
        [InlineData("rank", "prison-population-rate", "--as-of", "2024-12-31")]
        [InlineData("compare", "cecot", "adx-florence", "halden")]
        public void Chart_rank_and_compare_write_png_images(params string[] args)
        {
            var path = Path.Combine(Fixture.NewTempDirectory(), "chart.png");
            var (code, _, error) = Run(new[] { "chart" }.Concat(args).Concat(new[] { "--out", path }).ToArray());
            Assert.True(code == 0, error);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes.Take(4));
            Assert.True(bytes.Length > 10000);
        }

        [Fact]
        public void Impact_by_synthetic_control_prints_weights_gaps_rmspe_and_placebo_rank()
        {
            // El Salvador's standard homicide series ends in 2022 (its official 2023-24 counts are a variant), so Honduras' state of exception is the example.
            var (code, output, error) = Run("impact", "hnd-state-of-exception-2022", "homicide-rate", "--method", "synthetic", "--before", "7", "--after", "1");
            Assert.True(code == 0, error);
            Assert.Contains("Donor weights:", output);
            Assert.Contains("Pre-period RMSPE", output);
            Assert.Contains("Placebo rank", output);
            Assert.Contains("What this does not show:", output);
            var refused = Run("impact", "hnd-state-of-exception-2022", "homicide-rate", "--method", "synthetic", "--before", "7", "--after", "1", "--vs", "SLV,GTM");
            Assert.Equal(1, refused.Code);
            Assert.Contains("No estimate", refused.Output);
        }

        [Fact]
        public void Chart_impact_draws_the_synthetic_control_and_placebo_gaps()
        {
            var path = Path.Combine(Fixture.NewTempDirectory(), "synthetic.svg");
            var (code, output, error) = Run("chart", "impact", "hnd-state-of-exception-2022", "homicide-rate", "--out", path);
            Assert.True(code == 0, error);
            Assert.Empty(output);
            var svg = File.ReadAllText(path);
            Assert.Contains("placebo rank", svg);
            Assert.Contains("PolicyRef data", svg);
        }

        [Fact]
        public void Chart_with_an_unknown_extension_is_bad_usage()
        {
            Assert.Equal(2, Run("chart", "rank", "prison-population-rate", "--out", Path.Combine(Fixture.NewTempDirectory(), "chart.gif")).Code);
        }

        [Theory]
        [InlineData("rank", "prison-population-rate", "--as-of", "2024-12-31", "--top", "5")]
        [InlineData("compare", "cecot", "halden")]
        [InlineData("series", "SLV", "homicide-rate", "--by-publisher")]
        [InlineData("conflicts", "--top", "3")]
        [InlineData("assess", "cecot")]
        public void Query_commands_write_csv_json_and_markdown_with_a_source_column(params string[] args)
        {
            var csv = Run(args.Concat(new[] { "--format", "csv" }).ToArray());
            Assert.True(csv.Code == 0, csv.Error);
            var rows = CsvReader.Parse(csv.Output);
            Assert.True(rows.Count >= 2);
            Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
            Assert.Contains(rows[0], c => c.EndsWith("source_id", System.StringComparison.Ordinal) || c == "evidence_source_ids" || c == "country");
            var json = Newtonsoft.Json.Linq.JArray.Parse(Run(args.Concat(new[] { "--format", "json" }).ToArray()).Output);
            Assert.Equal(rows.Count - 1, json.Count);
            var markdown = Run(args.Concat(new[] { "--format", "markdown" }).ToArray()).Output.Split('\n');
            Assert.StartsWith("| ", markdown[0]);
            Assert.StartsWith("|---|", markdown[1]);
        }

        [Theory]
        [InlineData("rank", "prison-population-rate", "--as-of", "2024-12-31", "--top", "5")]
        [InlineData("compare", "cecot", "halden")]
        [InlineData("series", "SLV", "homicide-rate", "--by-publisher")]
        [InlineData("conflicts", "--metric", "homicide-rate", "--top", "3")]
        [InlineData("assess", "cecot")]
        [InlineData("show", "halden")]
        public void Query_formats_carry_unit_flags_and_definition_and_json_numbers_are_numbers(params string[] args)
        {
            var header = CsvReader.Parse(Run(args.Concat(new[] { "--format", "csv" }).ToArray()).Output)[0];
            Assert.Contains(header, c => c.EndsWith("unit", System.StringComparison.Ordinal));
            Assert.Contains(header, c => c.EndsWith("flags", System.StringComparison.Ordinal));
            Assert.Contains(header, c => c.EndsWith("definition", System.StringComparison.Ordinal));
            var json = Newtonsoft.Json.Linq.JArray.Parse(Run(args.Concat(new[] { "--format", "json" }).ToArray()).Output);
            var value = header.First(c => c.EndsWith("value", System.StringComparison.Ordinal));
            Assert.Contains(json, row => row[value]!.Type is Newtonsoft.Json.Linq.JTokenType.Integer or Newtonsoft.Json.Linq.JTokenType.Float);
            Assert.All(json, row => Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Array, row[header.First(c => c.EndsWith("flags", System.StringComparison.Ordinal))]!.Type));
            Assert.Contains("flags", Run(args.Concat(new[] { "--format", "markdown" }).ToArray()).Output.Split('\n')[0], System.StringComparison.Ordinal);
        }

        [Fact]
        public void Compare_keeps_bounds_and_plans_in_every_format()
        {
            var rows = CsvReader.Parse(Run("compare", "cecot", "adx-florence", "halden", "--format", "csv").Output);
            var columns = rows[0];
            string Field(string metric, string facility, string column) => rows.Single(r => r[0] == metric && r[1] == facility)[columns.IndexOf(column)];
            var text = Run("compare", "cecot", "adx-florence", "halden").Output;
            var flagged = 0;
            foreach (var row in rows.Skip(1))
            {
                var (metric, facility) = (row[0], row[1]);
                var claim = PolicyReference.Default.Select(PolicyReference.Default.GetFacility(facility), new PolicyRef.Model.MetricId(metric))!.Chosen;
                var flags = string.Join(";", PolicyRef.Export.ClaimQualifiers.Flags(claim));
                flagged += flags.Length == 0 ? 0 : 1;
                Assert.Equal(flags, Field(metric, facility, "flags"));
                Assert.Equal(claim.Unit.Symbol, Field(metric, facility, "unit"));
                Assert.Contains(PolicyRef.Model.ClaimFormatter.FormatValue(claim, PolicyReference.Default.GetMetric(claim.Metric)), text, System.StringComparison.Ordinal);
            }

            // Bounds and plans are among the preferred figures of these three (ADX's and Halden's confinement hours, Halden's cost).
            Assert.InRange(flagged, 3, rows.Count);

            var json = Newtonsoft.Json.Linq.JArray.Parse(Run("compare", "cecot", "adx-florence", "halden", "--format", "json").Output);
            var halden = json.Single(r => (string?)r["metric"] == "cell-confinement-hours" && (string?)r["facility_id"] == "halden");
            Assert.Contains("lower-bound", halden["flags"]!.Select(f => (string?)f));
            Assert.Contains("| lower-bound |", Run("compare", "cecot", "adx-florence", "halden", "--format", "markdown").Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Machine_formats_keep_full_precision_and_booleans_in_lower_case()
        {
            var rows = CsvReader.Parse(Run("series", "SLV", "homicide-rate", "--format", "csv").Output);
            var series = PolicyReference.Default.Series(PolicyReference.Default.GetCountry("SLV"), PolicyRef.Model.MetricIds.HomicideRate);
            var values = rows.Skip(1).Select(r => decimal.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(series.Points.Select(p => p.Value), values);
            Assert.Contains(values, v => decimal.Round(v, 2) != v);
            Assert.All(rows.Skip(1), r => Assert.Contains(r[7], new[] { "true", "false" }));
        }

        [Fact]
        public void Query_commands_refuse_bad_arguments_with_exit_2()
        {
            Assert.Equal(2, Run("rank", "prison-population-rate", "--as-of", "31/12/2024").Code);
            Assert.Equal(2, Run("rank", "design-capacity").Code);
            Assert.Equal(2, Run("conflicts", "--source-kind", "gossip").Code);
            Assert.Equal(1, Run("compare", "cecot", "halden", "--metric", "Wall_Height").Code);
            Assert.Equal(2, Run("chart", "rank", "prison-population-rate", "--as-of", "2024/12/31", "--out", Path.Combine(Fixture.NewTempDirectory(), "r.png")).Code);
            Assert.Equal(1, Run("assess", "cecott").Code);
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
