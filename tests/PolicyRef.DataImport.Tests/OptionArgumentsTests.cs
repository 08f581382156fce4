using Xunit;

namespace PolicyRef.DataImport.Tests
{
    public class OptionArgumentsTests
    {
        [Fact]
        public void Every_named_option_takes_the_value_after_it()
        {
            var options = OptionArguments.Parse(new[] { "changelog", "--to", "new", "--from", "old" }, 1, "--from", "--to", "--out");

            Assert.Null(options.Answer("usage"));
            Assert.Equal("old", options["--from"]);
            Assert.Equal("new", options["--to"]);
            Assert.Null(options["--out"]);
        }

        [Theory]
        [InlineData("--unknown", "--datasets", "d", "--unknown", "x")]
        [InlineData("--data", "--datasets", "d", "--data")]
        [InlineData("stray", "stray")]
        public void An_unknown_option_or_one_without_its_value_exits_2_and_names_it(string named, params string[] args)
        {
            var options = OptionArguments.Parse(args, 0, "--datasets", "--data");

            Assert.Equal(2, options.Answer("usage"));
            Assert.Contains($"'{named}'", options.Problem, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("-h")]
        [InlineData("--help")]
        public void Help_exits_0_wherever_it_stands(string help)
        {
            var options = OptionArguments.Parse(new[] { "--data", "d", help, "--nonsense" }, 0, "--data");

            Assert.True(options.Help);
            Assert.Equal(0, options.Answer("usage"));
        }
    }
}
