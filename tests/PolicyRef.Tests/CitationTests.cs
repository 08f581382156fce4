using System.Linq;
using Newtonsoft.Json.Linq;
using NodaTime;
using PolicyRef.Export;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    public class CitationTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();

        [Fact]
        public void Sources_of_an_entity_include_claims_names_events_and_provisions()
        {
            Assert.Equal(new[] { "film-2024", "wire-2023-02-tour" }, Citations.SourcesOf(Reference, Reference.GetFacility("alpha-max")).Select(s => s.Id));
            Assert.Equal(new[] { "film-2024", "ngo-2024-report" }, Citations.SourcesOf(Reference, Reference.GetPolicy("aaa-emergency-2022")).Select(s => s.Id));
        }

        [Fact]
        public void BibTex_escapes_special_characters_and_keys_by_source_id()
        {
            var source = new Source("odd-1", "Research & Co {Lab}", "50% of #cells_are 100$", "https://example.org/a%20b", new LocalDate(2024, 3, 1), new LocalDate(2026, 11, 25), SourceKind.Research, "en", null, null);
            var bib = Citations.ToBibTex(new[] { source });
            Assert.StartsWith("@misc{odd-1,\n", bib);
            Assert.Contains("author = {{Research \\& Co \\textbraceleft{}Lab\\textbraceright{}}}", bib);
            Assert.Contains("title = {{50\\% of \\#cells\\_are 100\\$}}", bib);
            Assert.Contains("year = {2024}", bib);
            Assert.Contains("month = mar,", bib);
            Assert.Contains("url = {https://example.org/a%20b}", bib);
            Assert.Contains("howpublished = {\\url{https://example.org/a\\%20b}}", bib);
            Assert.Contains("urldate = {2026-11-25}", bib);
            Assert.Contains("note = {Accessed 2026-11-25.}", bib);

            // BibTeX counts every brace: they balance, whatever the data.
            Assert.Equal(bib.Count(c => c == '{'), bib.Count(c => c == '}'));
        }

        [Fact]
        public void Csl_json_items_carry_ids_types_and_dates()
        {
            var items = JArray.Parse(Citations.ToCslJson(Reference.Sources));
            Assert.Equal(Reference.Sources.Select(s => s.Id), items.Select(i => (string)i["id"]!));
            var film = items.Single(i => (string)i["id"]! == "film-2024");
            Assert.Equal("motion_picture", (string)film["type"]!);
            Assert.Null(film["issued"]);
            var stats = items.Single(i => (string)i["id"]! == "stat-office-2023");
            Assert.Equal(new[] { 2023, 6, 30 }, stats["issued"]!["date-parts"]![0]!.Values<int>());
        }

        [Theory]
        [InlineData("alfa", "alpha-max")]
        [InlineData("MAXIMA", "alpha-max")]
        [InlineData("regimen de", "aaa-emergency-2022")]
        [InlineData("gammaland", "CCC")]
        [InlineData("beta-open", "beta-open")]
        public void Search_ignores_case_and_accents(string text, string id)
        {
            Assert.Contains(Reference.Search(text), h => h.Subject.Id == id);
        }

        [Fact]
        public void Search_for_nothing_finds_nothing()
        {
            Assert.Empty(Reference.Search("zzzz"));
            Assert.Empty(Reference.Search("  "));
        }
    }
}
