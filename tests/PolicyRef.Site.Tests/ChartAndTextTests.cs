using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace PolicyRef.Site.Tests
{
    /// <summary>The SVG charts leave gaps open and the search terms fold accents and case.</summary>
    public class ChartAndTextTests
    {
        private static readonly Regex Path = new Regex("<path class=\"preferred\"[^>]* d=\"(?<d>[^\"]+)\"", RegexOptions.CultureInvariant);

        [Fact]
        public void A_missing_year_breaks_the_line()
        {
            var points = new[] { 2000, 2001, 2003, 2004 }.Select(y => new ChartPoint(y, y - 1990, y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            var svg = SvgChart.Render("t", "c", points, new List<ChartPoint>(), 1.0, new List<ChartBreak>(), null);
            var paths = Path.Matches(svg).Select(m => m.Groups["d"].Value).ToList();
            Assert.Equal(2, paths.Count);
            Assert.All(paths, d => Assert.Equal(2, d.Split('L').Length));
            Assert.Equal(4, Regex.Matches(svg, "class=\"point\"").Count);
        }

        [Fact]
        public void Other_sources_breaks_and_a_span_are_drawn()
        {
            var preferred = new[] { new ChartPoint(2010, 5, "a"), new ChartPoint(2011, 6, "b") };
            var others = new[] { new ChartPoint(2011, 9, "other"), new ChartPoint(2010, 3, "variant", OtherDefinition: true) };
            var svg = SvgChart.Render("t", "c", preferred, others, 1.0, new[] { new ChartBreak(2010.5, "publisher changes from A to B", false), new ChartBreak(2010.7, "definition changes from standard to x", true) }, (2010.2, 2011.0, "in force"));
            Assert.Single(Regex.Matches(svg, "class=\"other\""));
            Assert.Single(Regex.Matches(svg, "class=\"variant\""));
            Assert.Single(Regex.Matches(svg, "class=\"break break-publisher\""));
            Assert.Single(Regex.Matches(svg, "class=\"break break-definition\""));
            Assert.Contains("<title>series break: publisher changes from A to B</title>", svg, System.StringComparison.Ordinal);
            Assert.Single(Regex.Matches(svg, "class=\"span\""));
            Assert.DoesNotContain("\n", svg, System.StringComparison.Ordinal);
        }

        [Property(MaxTest = 200)]
        public Property The_line_never_joins_points_further_apart_than_the_gap(int[] yearOffsets)
        {
            var years = (yearOffsets ?? System.Array.Empty<int>()).Select(o => 1990 + (System.Math.Abs(o % 40))).Distinct().OrderBy(y => y).ToList();
            if (years.Count == 0)
            {
                return true.ToProperty();
            }

            var svg = SvgChart.Render("t", "c", years.Select(y => new ChartPoint(y, 1, "p")).ToList(), new List<ChartPoint>(), 1.0, new List<ChartBreak>(), null);
            var joined = Path.Matches(svg).Sum(m => m.Groups["d"].Value.Split('L').Length - 1);
            var consecutive = years.Zip(years.Skip(1), (a, b) => b - a == 1 ? 1 : 0).Sum();
            return (joined == consecutive).ToProperty();
        }

        [Theory]
        [InlineData("megacárcel de Bukele", "megacarcel de bukele")]
        [InlineData("CECOT", "cecot")]
        [InlineData("Régimen de Excepción", "regimen de excepcion")]
        [InlineData("São Paulo", "sao paulo")]
        public void Folding_drops_accents_and_case(string name, string folded) => Assert.Equal(folded, SearchTerms.Fold(name));

        [Property(MaxTest = 300)]
        public Property Folding_is_idempotent(NonNull<string> text) => (SearchTerms.Fold(SearchTerms.Fold(text.Get)) == SearchTerms.Fold(text.Get)).ToProperty();

        [Property(MaxTest = 300)]
        public Property Html_text_has_no_line_break_or_unescaped_markup(NonNull<string> text)
        {
            var html = Markup.Html(text.Get);
            return (!html.Contains('\n') && !html.Contains('<') && !html.Contains('>') && !html.Contains('"')).ToProperty();
        }
    }
}
