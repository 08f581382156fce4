using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.DataImport.Tests
{
    /// <summary>
    /// The importer's scope rule: UNODC rows of age Adult count adults only, so the claims made or derived from them name
    /// a variant of their metric, and the rows of age Total stay the standard figure.
    /// </summary>
    public class ScopeRuleTests
    {
        private const string Unodc = "unodc-cts-prisons-2023-05";

        [Fact]
        public void Adult_rows_give_variant_claims_and_total_rows_standard_ones()
        {
            using var fixture = new ImportFixture();
            fixture.Run();
            var claims = fixture.Claims("SLV");
            JsonElement Find(string metric, string period) => claims.Single(c => c.GetProperty("metric").GetString() == metric && c.GetProperty("period").GetString() == period && c.GetProperty("source").GetString() == Unodc);
            string? Definition(JsonElement claim) => claim.TryGetProperty("definition", out var d) ? d.GetString() : null;

            // 2018: the file has the adult capacity only.
            Assert.Equal("adult-facilities-only", Definition(Find("official-capacity", "2018")));
            Assert.Equal("adults-only", Definition(Find("occupancy-level", "2018")));

            // 2019: the total capacity row, the standard definition.
            Assert.Null(Definition(Find("official-capacity", "2019")));
            Assert.Null(Definition(Find("occupancy-level", "2019")));
            Assert.All(claims.Where(c => c.GetProperty("metric").GetString() is "prison-population-total" or "pretrial-share" or "female-share"), c => Assert.Null(Definition(c)));
        }

        [Fact]
        public void The_loaded_claims_count_the_variant_and_do_not_compete_with_the_standard_figure()
        {
            using var fixture = new ImportFixture();
            fixture.Run();
            var reference = PolicyReference.LoadDirectory(fixture.Data);
            var capacity = reference.GetCountry("SLV").Claims.For(new MetricId("official-capacity")).Single(c => c.Period.ToString() == "2018" && c.SourceId == Unodc);
            Assert.Equal("adult-facilities-only", capacity.Definition);
            Assert.False(capacity.IsStandard);
        }

        [Fact]
        public void A_rule_naming_a_variant_the_metrics_do_not_define_stops_the_import()
        {
            using var fixture = new ImportFixture();
            var path = Path.Combine(fixture.Data, "metrics", "official-capacity.json");
            var metric = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            metric.Remove("variants");
            File.WriteAllText(path, metric.ToJsonString());

            var error = Assert.Throws<ImportException>(() => fixture.Run());
            Assert.Contains("adult-facilities-only", error.Message, StringComparison.Ordinal);
            Assert.Contains("official-capacity", error.Message, StringComparison.Ordinal);
        }
    }
}
