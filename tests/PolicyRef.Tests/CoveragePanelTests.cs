using System.Linq;
using PolicyRef.Export;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>The coverage report's Latin American homicide panel: publishers per country and calendar year.</summary>
    public class CoveragePanelTests
    {
        private static PolicyReference AlphalandInCentralAmerica(string extraClaim = "")
        {
            var text = Fixture.Text("countries/AAA.json").Replace("\"regionCode\": \"900\"", "\"regionCode\": \"013\"");
            if (extraClaim.Length > 0)
            {
                text = text.Replace("  \"claims\": [\n", "  \"claims\": [\n    " + extraClaim + ",\n");
            }

            return Fixture.LoadWith("countries/AAA.json", text);
        }

        private static int HomicideClaims(PolicyReference reference) =>
            reference.Countries.Single(c => c.Id == "AAA").Claims.For(MetricIds.HomicideRate).Length;

        [Fact]
        public void A_set_without_countries_of_the_region_says_so()
        {
            var report = CoverageReport.ToMarkdown(Fixture.Load());

            Assert.Contains("## Latin America and the Caribbean: homicide rate by publisher", report);
            Assert.Contains("No calendar-year figures for `homicide-rate` in these regions.", report);
        }

        [Fact]
        public void Each_year_counts_distinct_publishers_and_years_without_figures_are_dashes()
        {
            var (rows, last) = PublisherPanelSection.Cells(AlphalandInCentralAmerica(), MetricIds.HomicideRate);

            var row = Assert.Single(rows);
            Assert.Equal("AAA", row.Country.Id);
            Assert.Equal(2024, last);
            Assert.Equal(2, row.Publishers[2021]);
            Assert.All(new[] { 2018, 2019, 2020, 2022, 2023, 2024 }, y => Assert.Equal(1, row.Publishers[y]));
            Assert.DoesNotContain(2017, row.Publishers.Keys);

            var report = CoverageReport.ToMarkdown(AlphalandInCentralAmerica());
            Assert.Contains("1 of 7 country-years with a figure have two or more publishers.", report);
            Assert.Contains("| AAA | — | — | — | — | — | — | — | — | 1 | 1 | 1 | 2 | 1 | 1 | 1 |", report);
        }

        [Fact]
        public void A_second_claim_from_the_same_publisher_does_not_add_a_voice()
        {
            var reference = AlphalandInCentralAmerica("{ \"metric\": \"homicide-rate\", \"value\": 40.1, \"unit\": \"per-100k\", \"period\": \"2019\", \"source\": \"stat-office-2023\", \"note\": \"Revised.\" }");

            var row = Assert.Single(PublisherPanelSection.Cells(reference, MetricIds.HomicideRate).Rows);

            Assert.Equal(HomicideClaims(AlphalandInCentralAmerica()) + 1, HomicideClaims(reference));
            Assert.Equal(1, row.Publishers[2019]);
        }

        [Fact]
        public void A_copy_counts_as_the_publisher_it_copies_and_copies_of_one_agency_count_once()
        {
            const string Copies = """
                { "sources": [
                  { "id": "paper-copy-of-stats", "publisher": "Daily Paper", "title": "Homicides fell", "accessed": "2026-11-25", "kind": "press", "language": "en", "republishes": "stat-office-2023" },
                  { "id": "paper-a-agency", "publisher": "Paper A", "title": "Agency count", "accessed": "2026-11-25", "kind": "press", "language": "en", "republishes": "agency-x" },
                  { "id": "paper-b-agency", "publisher": "Paper B", "title": "Agency count again", "accessed": "2026-11-25", "kind": "press", "language": "en", "republishes": "agency-x" },
                  { "id": "paper-c-own", "publisher": "Paper C", "title": "Own count", "accessed": "2026-11-25", "kind": "press", "language": "en" }
                ] }
                """;
            var claims = new[]
            {
                "{ \"metric\": \"homicide-rate\", \"value\": 36.0, \"unit\": \"per-100k\", \"period\": \"2019\", \"source\": \"paper-copy-of-stats\" }",
                "{ \"metric\": \"homicide-rate\", \"value\": 19.0, \"unit\": \"per-100k\", \"period\": \"2020\", \"source\": \"paper-a-agency\" }",
                "{ \"metric\": \"homicide-rate\", \"value\": 19.0, \"unit\": \"per-100k\", \"period\": \"2020\", \"source\": \"paper-b-agency\" }",
                "{ \"metric\": \"homicide-rate\", \"value\": 19.9, \"unit\": \"per-100k\", \"period\": \"2022\", \"source\": \"paper-c-own\" }",
            };
            var country = Fixture.Text("countries/AAA.json").Replace("\"regionCode\": \"900\"", "\"regionCode\": \"013\"")
                .Replace("  \"claims\": [\n", "  \"claims\": [\n    " + string.Join(",\n    ", claims) + ",\n");
            var files = Fixture.Files().Where(f => f.Path != "countries/AAA.json").ToList();
            files.Add(new PolicyRef.Data.DataFile("countries/AAA.json", System.Text.Encoding.UTF8.GetBytes(country)));
            files.Add(new PolicyRef.Data.DataFile("sources/copies.json", System.Text.Encoding.UTF8.GetBytes(Copies)));
            var reference = PolicyReference.LoadFiles(files, null, Fixture.Today);

            var row = Assert.Single(PublisherPanelSection.Cells(reference, MetricIds.HomicideRate).Rows);

            Assert.Equal(HomicideClaims(AlphalandInCentralAmerica()) + 4, HomicideClaims(reference));
            Assert.Equal(1, row.Publishers[2019]); // the statistics office, and a paper printing its figure
            Assert.Equal(2, row.Publishers[2020]); // the statistics office, and two papers printing one agency's figure
            Assert.Equal(2, row.Publishers[2022]); // the statistics office, and a paper with a count of its own
        }

        [Fact]
        public void A_figure_for_a_span_across_years_is_no_years_figure()
        {
            var reference = AlphalandInCentralAmerica("{ \"metric\": \"homicide-rate\", \"value\": 30, \"unit\": \"per-100k\", \"period\": \"2016-07-01/2017-06-30\", \"source\": \"ngo-2024-report\" }");

            var row = Assert.Single(PublisherPanelSection.Cells(reference, MetricIds.HomicideRate).Rows);

            Assert.Equal(HomicideClaims(AlphalandInCentralAmerica()) + 1, HomicideClaims(reference));
            Assert.DoesNotContain(2016, row.Publishers.Keys);
            Assert.DoesNotContain(2017, row.Publishers.Keys);
            Assert.Equal(7, row.Publishers.Count);
        }

        [Fact]
        public void Countries_outside_the_three_subregions_are_left_out()
        {
            var rows = PublisherPanelSection.Cells(AlphalandInCentralAmerica(), MetricIds.HomicideRate).Rows;

            Assert.DoesNotContain(rows, r => r.Country.Id != "AAA");
            Assert.True(Fixture.Load().Countries.Count(c => c.Claims.For(MetricIds.HomicideRate).Length > 0) > 1);
        }
    }
}
