using System.Linq;
using System.Text;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>One test per validation rule, each with a bad file: the problem, where it is, and nothing loaded.</summary>
    public class ValidationTests
    {
        private const string Facility = "facilities/AAA/alpha-max.json";
        private const string Country = "countries/AAA.json";
        private const string Sources = "sources/fixture.json";

        [Fact]
        public void Fixture_loads_without_problems()
        {
            var reference = Fixture.Load();
            Assert.Equal(3, reference.Facilities.Length);
            Assert.Single(reference.Standards);
            Assert.Equal("fixture.1", reference.DataVersion);
        }

        [Fact]
        public void Malformed_json_reports_line_and_column()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Facility, "\"country\": \"AAA\",", "\"country\": \"AAA\""));
            Assert.Equal(DataProblemKind.MalformedJson, problem.Kind);
            Assert.Equal(Facility, problem.File);
            Assert.Equal(9, problem.Line);
            Assert.True(problem.Column > 0);
        }

        [Fact]
        public void Missing_required_field_names_the_field_and_the_claim()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Facility, ", \"source\": \"wire-2023-02-tour\", \"note\": \"As announced at the opening.\"", string.Empty));
            Assert.Equal(DataProblemKind.MissingField, problem.Kind);
            Assert.Equal("claims[0]", problem.JsonPath);
            Assert.Contains("'source'", problem.Message);
            Assert.Equal(13, problem.Line);
        }

        [Fact]
        public void Unknown_field_is_refused_with_a_suggestion()
        {
            var problems = Fixture.ProblemsWith(Facility, "\"value\": 11,", "\"valeu\": 11,");
            var unknown = problems.Single(p => p.Kind == DataProblemKind.UnknownField);
            Assert.Equal("claims[2].valeu", unknown.JsonPath);
            Assert.Contains("'value'", unknown.Message);
        }

        [Fact]
        public void Type_name_handling_is_not_honoured()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Facility, "\"id\": \"alpha-max\",", "\"$type\": \"System.IO.FileInfo, System.IO\", \"id\": \"alpha-max\","));
            Assert.Equal(DataProblemKind.UnknownField, problem.Kind);
            Assert.Equal("$type", problem.JsonPath.Trim('[', ']', '\''));
        }

        [Fact]
        public void Unknown_source_suggests_the_nearest_ids()
        {
            var problems = Fixture.ProblemsWith(Facility, "\"source\": \"film-2024\"", "\"source\": \"film-2042\"");
            Assert.Equal(new[] { "claims[3].source", "claims[5].source" }, problems.Select(p => p.JsonPath));
            Assert.All(problems, p => Assert.Equal(DataProblemKind.UnknownReference, p.Kind));
            Assert.All(problems, p => Assert.Contains("Did you mean 'film-2024'?", p.Message));
        }

        [Fact]
        public void Unknown_metric_suggests_the_nearest_ids()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Facility, "\"metric\": \"wall-height\", \"value\": 9", "\"metric\": \"wall-heigth\", \"value\": 9"));
            Assert.Equal(DataProblemKind.UnknownReference, problem.Kind);
            Assert.Contains("'wall-height'", problem.Message);
        }

        [Fact]
        public void Unknown_country_is_refused()
        {
            var problems = Fixture.ProblemsWith("facilities/BBB/beta-open.json", "\"country\": \"BBB\"", "\"country\": \"BBC\"");
            Assert.Contains(problems, p => p.Kind == DataProblemKind.UnknownReference && p.Message.Contains("'BBC'", System.StringComparison.Ordinal) && p.Message.Contains("'BBB'", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Unit_not_matching_the_metric_is_refused()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Facility, "\"value\": 11, \"unit\": \"m\"", "\"value\": 11, \"unit\": \"km\""));
            Assert.Equal(DataProblemKind.UnitMismatch, problem.Kind);
            Assert.Equal("claims[2].unit", problem.JsonPath);
            Assert.Contains("'m'", problem.Message);
        }

        [Fact]
        public void Negative_count_is_out_of_range()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Facility, "\"value\": 40000,", "\"value\": -40000,"));
            Assert.Equal(DataProblemKind.OutOfRange, problem.Kind);
            Assert.Equal("claims[0].value", problem.JsonPath);
        }

        [Fact]
        public void Percentage_above_100_is_out_of_range()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Country, "\"value\": 30.5", "\"value\": 130.5"));
            Assert.Equal(DataProblemKind.OutOfRange, problem.Kind);
        }

        [Fact]
        public void Implausible_rate_is_out_of_range()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Country, "\"value\": 600,", "\"value\": 60000,"));
            Assert.Equal(DataProblemKind.OutOfRange, problem.Kind);
            Assert.Contains("2000", problem.Message);
        }

        [Fact]
        public void Impossible_date_is_refused()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Country, "\"period\": \"2023-12-31\"", "\"period\": \"2023-02-30\""));
            Assert.Equal(DataProblemKind.InvalidPeriod, problem.Kind);
            Assert.Equal("claims[3].period", problem.JsonPath);
        }

        [Fact]
        public void Reversed_interval_is_refused()
        {
            var problem = Assert.Single(Fixture.ProblemsWith("policies/AAA/aaa-emergency-2022.json", "2022-03-27/2022-12-31", "2022-12-31/2022-03-27"));
            Assert.Equal(DataProblemKind.InvalidPeriod, problem.Kind);
            Assert.Contains("ends before it starts", problem.Message);
        }

        [Fact]
        public void Future_period_must_be_planned()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Country, "\"value\": 600, \"unit\": \"per-100k\", \"period\": \"2019\"", "\"value\": 600, \"unit\": \"per-100k\", \"period\": \"2031\""));
            Assert.Equal(DataProblemKind.InvalidPeriod, problem.Kind);
            Assert.Contains("planned", problem.Message);
        }

        [Fact]
        public void Duplicate_facility_id_in_two_files_is_refused()
        {
            var copy = Fixture.Text("facilities/BBB/beta-open.json").Replace("\"id\": \"beta-open\"", "\"id\": \"beta-open-2\"", System.StringComparison.Ordinal);
            var problems = Fixture.ProblemsOf(() => Fixture.LoadWith("facilities/BBB/beta-open-2.json", copy.Replace("beta-open-2", "alpha-max", System.StringComparison.Ordinal).Replace("BBB", "AAA", System.StringComparison.Ordinal)));
            Assert.Contains(problems, p => p.Kind == DataProblemKind.InvalidId || p.Kind == DataProblemKind.DuplicateId);
        }

        [Fact]
        public void Same_facility_id_in_two_folders_is_a_duplicate()
        {
            var problems = Fixture.ProblemsOf(() => Fixture.LoadWith("facilities/BBB/alpha-max.json", Fixture.Text(Facility).Replace("\"AAA\"", "\"BBB\"", System.StringComparison.Ordinal)));
            var duplicate = Assert.Single(problems);
            Assert.Equal(DataProblemKind.DuplicateId, duplicate.Kind);
            Assert.Contains("already defined", duplicate.Message);
        }

        [Fact]
        public void Duplicate_source_id_is_refused()
        {
            var problems = Fixture.ProblemsWith(Sources, "\"id\": \"ngo-2024-report\"", "\"id\": \"film-2024\"");
            var duplicate = Assert.Single(problems, p => p.Kind == DataProblemKind.DuplicateId);
            Assert.Contains("already defined in sources/fixture.json", duplicate.Message);
        }

        [Fact]
        public void Duplicate_json_key_is_refused()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Facility, "\"locality\": \"Alpha Town\",", "\"locality\": \"Alpha Town\", \"locality\": \"Elsewhere\","));
            Assert.Equal(DataProblemKind.MalformedJson, problem.Kind);
            Assert.Contains("locality", problem.Message);
        }

        [Fact]
        public void Category_not_defined_by_the_metric_is_refused()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Facility, "\"value\": \"operating\"", "\"value\": \"operatng\""));
            Assert.Equal(DataProblemKind.UnknownReference, problem.Kind);
            Assert.Contains("'operating'", problem.Message);
        }

        [Fact]
        public void Derived_claim_must_name_its_inputs()
        {
            var problem = Assert.Single(Fixture.ProblemsWith(Facility, "\"flags\": [\"approximate\"]", "\"flags\": [\"derived\"]"));
            Assert.Equal(DataProblemKind.MissingField, problem.Kind);
            Assert.Contains("derivedFrom", problem.Message);
        }

        [Fact]
        public void Id_must_match_the_file_name()
        {
            var problem = Assert.Single(Fixture.ProblemsWith("facilities/BBB/beta-open.json", "\"id\": \"beta-open\"", "\"id\": \"beta-closed\""));
            Assert.Equal(DataProblemKind.InvalidId, problem.Kind);
        }

        [Fact]
        public void Deep_nesting_is_refused_by_the_depth_limit()
        {
            var bomb = "{ \"sources\": " + new string('[', 500) + new string(']', 500) + " }";
            var problem = Assert.Single(Fixture.ProblemsOf(() => Fixture.LoadWith("sources/bomb.json", bomb)));
            Assert.Equal(DataProblemKind.MalformedJson, problem.Kind);
            Assert.Contains("deeper than", problem.Message);
        }

        [Fact]
        public void Invalid_utf8_is_refused()
        {
            var problem = Assert.Single(Fixture.ProblemsOf(() => Fixture.LoadWith("sources/bad.json", new byte[] { 0x7B, 0xC3, 0x28, 0x7D })));
            Assert.Equal(DataProblemKind.MalformedJson, problem.Kind);
            Assert.Contains("UTF-8", problem.Message);
        }

        [Fact]
        public void Empty_file_is_refused()
        {
            var problem = Assert.Single(Fixture.ProblemsOf(() => Fixture.LoadWith("sources/empty.json", string.Empty)));
            Assert.Equal("sources/empty.json", problem.File);
            Assert.Contains("empty", problem.Message);
        }

        [Fact]
        public void Every_problem_is_reported_at_once_and_nothing_loads()
        {
            var text = Fixture.Text(Facility)
                .Replace("\"value\": 11, \"unit\": \"m\"", "\"value\": 11, \"unit\": \"km\"", System.StringComparison.Ordinal)
                .Replace("\"source\": \"film-2024\"", "\"source\": \"nobody\"", System.StringComparison.Ordinal)
                .Replace("\"value\": 40000,", "\"value\": -1,", System.StringComparison.Ordinal);
            var problems = Fixture.ProblemsOf(() => Fixture.LoadWith(Facility, text));
            Assert.Contains(problems, p => p.Kind == DataProblemKind.UnitMismatch);
            Assert.Contains(problems, p => p.Kind == DataProblemKind.UnknownReference);
            Assert.Contains(problems, p => p.Kind == DataProblemKind.OutOfRange);
            Assert.True(problems.Count >= 4, string.Join("\n", problems));
        }

        [Fact]
        public void Exception_message_lists_problems_as_file_line_column_path_message()
        {
            var e = Assert.Throws<PolicyDataException>(() => Fixture.LoadWith(Country, Encoding.UTF8.GetString(System.IO.File.ReadAllBytes(System.IO.Path.Combine(Fixture.Directory, Country))).Replace("\"value\": 600,", "\"value\": -600,", System.StringComparison.Ordinal)));
            Assert.Matches(@"countries/AAA\.json:8:\d+: claims\[0\]\.value: ", e.Message);
        }

        [Fact]
        public void Directory_that_does_not_exist_is_a_data_problem()
        {
            var e = Assert.Throws<PolicyDataException>(() => PolicyReference.LoadDirectory("/nonexistent/policyref"));
            Assert.Equal(DataProblemKind.InvalidFile, Assert.Single(e.Problems).Kind);
        }

        [Fact]
        public void Directory_with_no_data_is_a_data_problem()
        {
            var e = Assert.Throws<PolicyDataException>(() => PolicyReference.LoadDirectory(Fixture.NewTempDirectory()));
            Assert.Contains("no data files", Assert.Single(e.Problems).Message);
        }
    }
}
