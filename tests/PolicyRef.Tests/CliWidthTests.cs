using System.Linq;
using Xunit;
using static PolicyRef.Tests.CliRunner;

namespace PolicyRef.Tests
{
    /// <summary>Text answers fit a 100-column terminal by default; <c>--wide</c> keeps every row on one line, as the library prints it.</summary>
    public class CliWidthTests
    {
        [Theory]
        [InlineData("compare", "cecot", "adx-florence", "halden")]
        [InlineData("compare", "cecot", "la-esperanza-mariona", "changi-prison", "new-bilibid", "adx-florence", "halden")]
        [InlineData("assess", "cecot")]
        [InlineData("conflicts")]
        public void Text_fits_100_columns_and_wide_prints_what_the_library_prints(params string[] args)
        {
            var (code, output, error) = Run(args);
            Assert.True(code == 0, error);
            var widest = output.Split('\n').Max(l => l.Length);
            Assert.True(widest <= 100, $"{widest} columns: {output.Split('\n').First(l => l.Length == widest)}");

            var wide = Run(args.Concat(new[] { "--wide" }).ToArray());
            Assert.Equal(0, wide.Code);
            var reference = PolicyReference.Default;
            var expected = args[0] switch
            {
                "compare" => reference.CompareFacilities(args.Skip(1).ToArray()).ToString(),
                "assess" => reference.Assess(reference.GetFacility(args[1])).ToString(),
                _ => reference.Conflicts(Queries.ConflictFilter.All).ToString(),
            };
            Assert.Equal(expected, wide.Output);
            Assert.True(wide.Output.Split('\n').Max(l => l.Length) > 100);

            // Wrapping loses nothing: the same characters, rules and spaces aside.
            Assert.Equal(Characters(wide.Output), Characters(output));
        }

        private static string Characters(string text) => new string(text.Where(c => !char.IsWhiteSpace(c) && c != '-').OrderBy(c => c).ToArray());
    }
}
