using System;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>Series by publisher group outlets with the publisher they re-print, and a series breaks only where the voice changes.</summary>
    public class SeriesByVoiceTests
    {
        private const string Copies = """
            { "sources": [
              { "id": "paper-copy-of-stats", "publisher": "Daily Paper", "title": "Homicides fell", "accessed": "2026-11-25", "kind": "press", "language": "en", "republishes": "stat-office-2023" },
              { "id": "paper-a-agency", "publisher": "Paper A", "title": "Agency count", "accessed": "2026-11-25", "kind": "press", "language": "en", "republishes": "agency-x" },
              { "id": "paper-b-agency", "publisher": "Paper B", "title": "Agency count again", "accessed": "2026-11-25", "kind": "press", "language": "en", "republishes": "agency-x" }
            ] }
            """;

        private static PolicyReference WithCopies(params string[] claims)
        {
            var country = Fixture.Text("countries/AAA.json").Replace("  \"claims\": [\n", "  \"claims\": [\n    " + string.Join(",\n    ", claims) + ",\n", StringComparison.Ordinal);
            var files = Fixture.Files().Where(f => f.Path != "countries/AAA.json").ToList();
            files.Add(new DataFile("countries/AAA.json", System.Text.Encoding.UTF8.GetBytes(country)));
            files.Add(new DataFile("sources/copies.json", System.Text.Encoding.UTF8.GetBytes(Copies)));
            return PolicyReference.LoadFiles(files, null, Fixture.Today);
        }

        private static string Rate(string period, string value, string source) =>
            $"{{ \"metric\": \"homicide-rate\", \"value\": {value}, \"unit\": \"per-100k\", \"period\": \"{period}\", \"source\": \"{source}\" }}";

        [Fact]
        public void An_outlet_that_reprints_a_publisher_joins_its_series_and_outlets_of_one_agency_share_one()
        {
            var before = Fixture.Load();
            var reference = WithCopies(Rate("2016", "55", "paper-copy-of-stats"), Rate("2017", "52", "paper-a-agency"), Rate("2019", "36.5", "paper-b-agency"));
            var country = reference.GetCountry("AAA");

            var series = reference.SeriesByPublisher(country, MetricIds.HomicideRate);

            // Two series more voices would have been three more outlets; the agency is one voice, the copy joins the office.
            Assert.Equal(before.SeriesByPublisher(before.GetCountry("AAA"), MetricIds.HomicideRate).Count + 1, series.Count);
            var office = Assert.Single(series, s => s.Key.StartsWith("Statistics Office of Alphaland", StringComparison.Ordinal));
            Assert.Equal("Statistics Office of Alphaland; re-published by Daily Paper", office.Key);
            Assert.Contains(office.Value.Points, p => p.Period.ToString() == "2016" && p.Claim!.SourceId == "paper-copy-of-stats");
            var agency = Assert.Single(series, s => s.Key.EndsWith("(re-publishing agency-x)", StringComparison.Ordinal));
            Assert.Equal("Paper A; Paper B (re-publishing agency-x)", agency.Key);
            Assert.Equal(new[] { "2017", "2019" }, agency.Value.Points.Select(p => p.Period.ToString()));
        }

        [Fact]
        public void A_series_does_not_break_between_a_publisher_and_an_outlet_reprinting_it_but_does_between_voices()
        {
            var reference = WithCopies(Rate("2016", "55", "paper-copy-of-stats"), Rate("2017", "52", "paper-a-agency"), Rate("2025", "1.5", "paper-copy-of-stats"));
            var country = reference.GetCountry("AAA");

            var preferred = reference.Series(country, MetricIds.HomicideRate);

            var byPeriod = preferred.Points.ToDictionary(p => p.Period.ToString());
            Assert.Equal("stat-office-2023", byPeriod["2024"].Claim!.SourceId);
            Assert.Equal("paper-copy-of-stats", byPeriod["2025"].Claim!.SourceId);
            Assert.False(byPeriod["2025"].IsBreak);
            Assert.Equal("publisher changes from Paper A (re-publishing agency-x) to Statistics Office of Alphaland", byPeriod["2018"].BreakReason);
            Assert.Equal("publisher changes from Daily Paper (re-publishing Statistics Office of Alphaland) to Paper A (re-publishing agency-x)", byPeriod["2017"].BreakReason);
        }
    }
}
