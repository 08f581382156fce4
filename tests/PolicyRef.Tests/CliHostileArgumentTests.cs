using System.IO;
using System.Linq;
using Xunit;
using static PolicyRef.Tests.CliRunner;

namespace PolicyRef.Tests
{
    /// <summary>
    /// Every command driven with the mistakes people make: each is one clear message on standard error with its documented
    /// exit code (1 unknown id, 2 bad usage, 3 bad data, 4 a file that cannot be read or written), never a stack trace.
    /// </summary>
    public class CliHostileArgumentTests
    {
        [Theory]
        [InlineData(1, "impact", "slv-state-of-exception-2022", "homicide-rate", "--vs", "slx")]
        [InlineData(2, "chart", "compare", "cecot", "--metric", "status", "--out", "{tmp}/c.svg")]
        [InlineData(2, "impact", "slv-state-of-exception-2022", "homicide-rate", "--before", "2147483647")]
        [InlineData(2, "impact", "slv-state-of-exception-2022", "homicide-rate", "--before", "100000")]
        [InlineData(2, "impact", "slv-state-of-exception-2022", "homicide-rate", "--after", "-3")]
        [InlineData(2, "impact", "slv-state-of-exception-2022", "homicide-rate", "--method", "synthetic", "--before", "3")]
        [InlineData(2, "chart", "impact", "slv-state-of-exception-2022", "homicide-rate", "--before", "2147483647", "--out", "{tmp}/i.svg")]
        [InlineData(2, "impact", "slv-state-of-exception-2022", "homicide-rate", "--before", "99999999999")]
        [InlineData(2, "conflicts", "--top", "-1")]
        [InlineData(2, "conflicts", "--top", "0")]
        [InlineData(1, "conflicts", "--subject", "nope")]
        [InlineData(2, "conflicts", "--source-kind", "gossip")]
        [InlineData(2, "rank", "prison-population-rate", "--top", "-1")]
        [InlineData(2, "rank", "prison-population-rate", "--max-age-years", "-5")]
        [InlineData(2, "rank", "prison-population-rate", "--as-of", "0000-01-01")]
        [InlineData(2, "rank", "prison-population-rate", "--as-of", "2024-02-30")]
        [InlineData(2, "rank", "prison-population-rate", "--as-of", "10000-01-01")]
        [InlineData(2, "rank", "prison-population-rate", "--as-of", "-0001-01-01")]
        [InlineData(2, "rank", "prison-population-rate", "--as-of", "2024-01-01\n")]
        [InlineData(1, "rank", "prison-population-rate", "--region", "nonsense")]
        [InlineData(2, "rank", "construction-cost", "--facilities")]
        [InlineData(2, "chart", "compare", "cecot", "halden", "--metric", "construction-cost", "--out", "{tmp}/m.svg")]
        [InlineData(2, "chart", "rank", "prison-population-rate", "--top", "-1", "--out", "{tmp}/r.svg")]
        [InlineData(2, "chart", "series", "SLV", "homicide-rate", "--from-year", "-5", "--out", "{tmp}/s.svg")]
        [InlineData(2, "chart", "series", "SLV", "homicide-rate", "--out", "{tmp}/s.gif")]
        [InlineData(2, "series", "SLV", "homicide-rate", "--from", "2020-13-01")]
        [InlineData(1, "series", "nope", "homicide-rate")]
        [InlineData(1, "show", "")]
        [InlineData(1, "cite", "nope")]
        [InlineData(2, "cite", "cecot", "--format", "nope")]
        [InlineData(2, "sources", "--kind", "gossip")]
        [InlineData(2, "compare")]
        [InlineData(2, "version", "extra")]
        [InlineData(2, "nonsense-command")]
        [InlineData(2, "export", "--format", "xml", "--out", "{tmp}/x")]
        [InlineData(4, "chart", "rank", "prison-population-rate", "--out", "{file}/r.svg")]
        [InlineData(4, "chart", "rank", "prison-population-rate", "--out", "{dir}.svg")]
        [InlineData(4, "coverage", "--out", "{tmp}/no/such/directory/coverage.md")]
        [InlineData(4, "coverage", "--out", "{dir}")]
        [InlineData(4, "export", "--format", "csv", "--out", "{file}")]
        [InlineData(4, "export", "--format", "bibtex", "--out", "{file}/x")]
        [InlineData(4, "validate", "{tmp}/no-such-directory")]
        [InlineData(4, "compare", "cecot", "halden", "--data", "{tmp}/no-such-directory")]
        public void A_mistake_is_one_message_with_its_exit_code_and_no_stack_trace(int expected, params string[] args)
        {
            var directory = Fixture.NewTempDirectory();
            var file = Path.Combine(directory, "a-file");
            File.WriteAllText(file, "not a directory");
            var existing = Path.Combine(directory, "a-directory");
            Directory.CreateDirectory(existing + ".svg");
            Directory.CreateDirectory(existing);
            var (code, output, error) = Run(args.Select(a => a.Replace("{tmp}", directory).Replace("{file}", file).Replace("{dir}", existing)).ToArray());
            Assert.True(code == expected, $"exit {code}, expected {expected}: {error}");
            Assert.StartsWith("policyref: ", error);
            Assert.DoesNotContain("   at ", error);
            Assert.DoesNotContain("Exception", error);
            Assert.DoesNotContain("(Parameter '", error);
            Assert.True(output.Length == 0 || args[0] == "export", output);
        }

        [Fact]
        public void Money_is_ranked_only_within_one_currency_with_the_figures_grouped_by_currency_in_the_message()
        {
            var (code, output, error) = Run("rank", "construction-cost", "--facilities", "--top", "1");
            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Contains("USD: ", error);
            Assert.Contains("NOK: ", error);
            Assert.Contains("halden", error);
        }
    }
}
