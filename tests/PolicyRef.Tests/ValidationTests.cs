using System.Collections.Generic;
using System.Linq;
using System.Text;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>
    /// The validation rules, each with a bad edit or a bad file (one table): the problem, where it is, and nothing loaded;
    /// then the rules that need more than one problem or more than one file.
    /// </summary>
    public class ValidationTests
    {
        private const string Facility = "facilities/AAA/alpha-max.json";
        private const string Country = "countries/AAA.json";
        private const string Sources = "sources/fixture.json";

        /// <summary>Bad edits of one fixture file: each rule's problem, where it is, and what its message says.</summary>
        private static readonly IReadOnlyDictionary<string, BadEdit> Edits = new Dictionary<string, BadEdit>
        {
            ["malformed JSON"] = new BadEdit(Facility, "\"country\": \"AAA\",", "\"country\": \"AAA\"", DataProblemKind.MalformedJson) { Line = 9 },
            ["missing required field"] = new BadEdit(Facility, ", \"source\": \"wire-2023-02-tour\", \"note\": \"As announced at the opening.\"", string.Empty, DataProblemKind.MissingField, "claims[0]", "'source'") { Line = 13 },
            ["unknown field, with a suggestion"] = new BadEdit(Facility, "\"value\": 11,", "\"valeu\": 11,", DataProblemKind.UnknownField, "claims[2].valeu", "'value'") { Only = false },
            ["type name handling not honoured"] = new BadEdit(Facility, "\"id\": \"alpha-max\",", "\"$type\": \"System.IO.FileInfo, System.IO\", \"id\": \"alpha-max\",", DataProblemKind.UnknownField, null, "'$type'"),
            ["unknown metric, with a suggestion"] = new BadEdit(Facility, "\"metric\": \"wall-height\", \"value\": 9", "\"metric\": \"wall-heigth\", \"value\": 9", DataProblemKind.UnknownReference, null, "'wall-height'"),
            ["unknown country, with a suggestion"] = new BadEdit("facilities/BBB/beta-open.json", "\"country\": \"BBB\"", "\"country\": \"BBC\"", DataProblemKind.UnknownReference, null, "'BBC'", "'BBB'") { Only = false },
            ["unit not the metric's"] = new BadEdit(Facility, "\"value\": 11, \"unit\": \"m\"", "\"value\": 11, \"unit\": \"km\"", DataProblemKind.UnitMismatch, "claims[2].unit", "'m'"),
            ["negative count"] = new BadEdit(Facility, "\"value\": 40000,", "\"value\": -40000,", DataProblemKind.OutOfRange, "claims[0].value"),
            ["percentage above 100"] = new BadEdit(Country, "\"value\": 30.5", "\"value\": 130.5", DataProblemKind.OutOfRange),
            ["implausible rate"] = new BadEdit(Country, "\"value\": 600,", "\"value\": 60000,", DataProblemKind.OutOfRange, null, "2000"),
            ["impossible date"] = new BadEdit(Country, "\"period\": \"2023-12-31\"", "\"period\": \"2023-02-30\"", DataProblemKind.InvalidPeriod, "claims[3].period"),
            ["reversed interval"] = new BadEdit("policies/AAA/aaa-emergency-2022.json", "2022-03-27/2022-12-31", "2022-12-31/2022-03-27", DataProblemKind.InvalidPeriod, null, "ends before it starts"),
            ["future period not planned"] = new BadEdit(Country, "\"value\": 600, \"unit\": \"per-100k\", \"period\": \"2019\"", "\"value\": 600, \"unit\": \"per-100k\", \"period\": \"2031\"", DataProblemKind.InvalidPeriod, null, "planned"),
            ["duplicate source id"] = new BadEdit(Sources, "\"id\": \"ngo-2024-report\"", "\"id\": \"film-2024\"", DataProblemKind.DuplicateId, null, "already defined in sources/fixture.json") { Only = false },
            ["duplicate JSON key"] = new BadEdit(Facility, "\"locality\": \"Alpha Town\",", "\"locality\": \"Alpha Town\", \"locality\": \"Elsewhere\",", DataProblemKind.MalformedJson, null, "locality"),
            ["category not the metric's"] = new BadEdit(Facility, "\"value\": \"operating\"", "\"value\": \"operatng\"", DataProblemKind.UnknownReference, null, "'operating'"),
            ["derived claim without its inputs"] = new BadEdit(Facility, "\"flags\": [\"approximate\"]", "\"flags\": [\"derived\"]", DataProblemKind.MissingField, null, "derivedFrom"),
            ["id not the file name"] = new BadEdit("facilities/BBB/beta-open.json", "\"id\": \"beta-open\"", "\"id\": \"beta-closed\"", DataProblemKind.InvalidId),
        };

        /// <summary>Whole files that must not load: the problem and what its message says.</summary>
        private static readonly IReadOnlyDictionary<string, (string Path, byte[] Content, DataProblemKind Kind, string Says)> BadFiles = new Dictionary<string, (string, byte[], DataProblemKind, string)>
        {
            ["nesting deeper than the limit"] = ("sources/bomb.json", Encoding.UTF8.GetBytes("{ \"sources\": " + new string('[', 500) + new string(']', 500) + " }"), DataProblemKind.MalformedJson, "deeper than"),
            ["invalid UTF-8"] = ("sources/bad.json", new byte[] { 0x7B, 0xC3, 0x28, 0x7D }, DataProblemKind.MalformedJson, "UTF-8"),
            ["empty file"] = ("sources/empty.json", System.Array.Empty<byte>(), DataProblemKind.MalformedJson, "empty"),
        };

        public static TheoryData<string> EditRules => new TheoryData<string>(Edits.Keys);

        public static TheoryData<string> FileRules => new TheoryData<string>(BadFiles.Keys);

        [Theory]
        [MemberData(nameof(EditRules))]
        public void Bad_edit_is_reported_where_it_is(string rule)
        {
            var edit = Edits[rule];
            Assert.Contains(edit.Find, Fixture.Text(edit.File), System.StringComparison.Ordinal);
            var problems = Fixture.ProblemsWith(edit.File, edit.Find, edit.Replace);
            var problem = edit.Only ? Assert.Single(problems) : problems.First(p => p.Kind == edit.Kind);
            Assert.Equal(edit.Kind, problem.Kind);
            Assert.Equal(edit.File, problem.File);
            if (edit.Path is not null)
            {
                Assert.Equal(edit.Path, problem.JsonPath);
            }

            if (edit.Line is not null)
            {
                Assert.Equal(edit.Line, problem.Line);
                Assert.True(problem.Column > 0);
            }

            Assert.All(edit.Says, text => Assert.Contains(text, problem.Message, System.StringComparison.Ordinal));
        }

        [Theory]
        [MemberData(nameof(FileRules))]
        public void Bad_file_is_refused(string rule)
        {
            var (path, content, kind, says) = BadFiles[rule];
            var problem = Assert.Single(Fixture.ProblemsOf(() => Fixture.LoadWith(path, content)));
            Assert.Equal(path, problem.File);
            Assert.Equal(kind, problem.Kind);
            Assert.Contains(says, problem.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Fixture_loads_without_problems()
        {
            var reference = Fixture.Load();
            Assert.Equal(3, reference.Facilities.Length);
            Assert.Single(reference.Standards);
            Assert.Equal("fixture.1", reference.DataVersion);
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

    /// <summary>One bad edit of a fixture file: replace <see cref="Find"/> by <see cref="Replace"/>, expect a problem of <see cref="Kind"/>.</summary>
    internal sealed record BadEdit(string File, string Find, string Replace, DataProblemKind Kind, string? Path = null, params string[] Says)
    {
        /// <summary>Whether the problem must be the only one (else the first of its kind is checked).</summary>
        public bool Only { get; init; } = true;

        /// <summary>The line the problem must be reported at, when it matters.</summary>
        public int? Line { get; init; }
    }
}
