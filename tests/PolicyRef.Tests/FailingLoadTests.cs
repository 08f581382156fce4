using System;
using System.Linq;
using System.Text;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>
    /// A failing load reads its files one at a time and still reports the problems of every file: nesting beyond the limit
    /// is refused before a tree is built, with its place, and files whose trees are large (the loader collects after each
    /// such parse) do not hide each other's problems.
    /// </summary>
    public class FailingLoadTests
    {
        [Fact]
        public void Nesting_beyond_the_limit_is_refused_with_file_line_column_and_json_path()
        {
            var depth = LineInfoJsonReader.MaxDepth + 36;
            var text = "{\n  \"id\": \"AAA\",\n  \"claims\": [" + new string('[', depth) + new string(']', depth) + "]\n}\n";
            var problems = Fixture.ProblemsOf(() => Fixture.LoadWith("countries/AAA.json", text));

            var problem = Assert.Single(problems, p => p.File == "countries/AAA.json");
            Assert.Equal(DataProblemKind.MalformedJson, problem.Kind);
            Assert.Contains($"deeper than {LineInfoJsonReader.MaxDepth} levels", problem.Message, StringComparison.Ordinal);
            Assert.Equal(3, problem.Line);
            Assert.InRange(problem.Column, 14, 14 + depth);
            Assert.StartsWith("claims[0][0]", problem.JsonPath, StringComparison.Ordinal);
        }

        [Fact]
        public void Two_files_with_large_trees_both_have_their_problems_reported()
        {
            // Each claim list holds one array of 700,000 empty arrays: a tree of well over the loader's 64 MB collection
            // threshold, and one problem per file.
            var files = Fixture.Files().Where(f => f.Path != "countries/AAA.json" && f.Path != "countries/BBB.json").ToList();
            files.Add(new DataFile("countries/AAA.json", Hostile("AAA")));
            files.Add(new DataFile("countries/BBB.json", Hostile("BBB")));

            var problems = Fixture.ProblemsOf(() => PolicyReference.LoadFiles(files, null, Fixture.Today));

            foreach (var file in new[] { "countries/AAA.json", "countries/BBB.json" })
            {
                var own = problems.Where(p => p.File == file).ToList();
                Assert.NotEmpty(own);
                Assert.Contains(own, p => p.JsonPath.StartsWith("claims[0]", StringComparison.Ordinal) && p.Line == 1);
            }

            Assert.InRange(problems.Count, 2, ProblemLog.MaxListed);
        }

        private static byte[] Hostile(string code)
        {
            var text = new StringBuilder(2_200_000).Append("{\"id\": \"").Append(code).Append("\", \"claims\": [[");
            for (var i = 0; i < 700_000; i++)
            {
                text.Append(i == 0 ? "[]" : ",[]");
            }

            return Encoding.UTF8.GetBytes(text.Append("]]}\n").ToString());
        }
    }
}
