using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>
    /// The bad-input corpus: each file in Fixtures/bad, placed into the fixture data set, must be refused with exactly
    /// the problem listed for it in Fixtures/bad/cases.json — one data exception, the right kind, file, line and JSON path.
    /// </summary>
    public class BadInputCorpusTests
    {
        private static readonly string BadDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad");

        public static IEnumerable<object[]> Cases() =>
            JArray.Parse(File.ReadAllText(Path.Combine(BadDirectory, "cases.json"))).Select(c => new object[] { (string)c["file"]! });

        [Fact]
        public void The_corpus_has_at_least_sixty_files_each_listed_once()
        {
            var listed = Cases().Select(c => (string)c[0]).ToList();
            var files = Directory.GetFiles(BadDirectory, "*.json").Select(Path.GetFileName).Where(n => n != "cases.json").ToList();
            Assert.InRange(listed.Count, 60, 10000);
            Assert.Equal(files.OrderBy(n => n, StringComparer.Ordinal), listed.OrderBy(n => n, StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Each_bad_file_is_refused_with_its_exact_problem(string file)
        {
            var expected = (JObject)JArray.Parse(File.ReadAllText(Path.Combine(BadDirectory, "cases.json"))).Single(c => (string)c["file"]! == file);
            var place = (string)expected["placeAt"]!;
            var exception = Record.Exception(() => Fixture.LoadWith(place, File.ReadAllBytes(Path.Combine(BadDirectory, file))));
            var data = Assert.IsType<PolicyDataException>(exception);

            // A file that breaks its own definitions also leaves other files citing them; those follow-on problems are
            // reported too, but the bad file itself must have exactly the one problem listed.
            var problem = Assert.Single(data.Problems, p => p.File == place);
            Assert.Equal((string)expected["kind"]!, problem.Kind.ToString());
            Assert.Contains((string)expected["contains"]!, problem.Message, StringComparison.Ordinal);
            if ((int)expected["line"]! > 0)
            {
                Assert.Equal((int)expected["line"]!, problem.Line);
            }

            if (expected["jsonPath"]!.Type != JTokenType.Null)
            {
                Assert.Equal((string)expected["jsonPath"]!, problem.JsonPath);
            }
        }
    }
}
