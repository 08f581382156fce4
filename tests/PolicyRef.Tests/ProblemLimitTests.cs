using System.Linq;
using System.Text;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    public class ProblemLimitTests
    {
        [Fact]
        public void Forty_thousand_empty_claims_report_a_thousand_problems_and_count_the_rest()
        {
            var text = new StringBuilder("{ \"id\": \"BBB\", \"name\": \"Beta\", \"region\": \"Somewhere\", \"regionCode\": \"999\", \"claims\": [\n");
            text.Append(string.Join(",\n", Enumerable.Repeat("{}", 40_000))).Append("\n] }\n");
            var problems = Fixture.ProblemsOf(() => Fixture.LoadWith("countries/BBB.json", text.ToString()));
            Assert.Equal(ProblemLog.MaxListed + 1, problems.Count);
            Assert.All(problems.Take(ProblemLog.MaxListed), p => Assert.Equal("countries/BBB.json", p.File));
            var last = problems[^1];
            Assert.Matches("^[0-9,]+ more problems were found and are not listed", last.Message);
            Assert.True(int.Parse(last.Message.Split(' ')[0].Replace(",", string.Empty, System.StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 40_000 * 4 - ProblemLog.MaxListed);
        }
    }
}
