using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.DataImport.Tests
{
    public class ImporterTests
    {
        private const string Unodc = "unodc-cts-prisons-2023-05";

        [Fact]
        public void World_Bank_aggregates_and_the_UNODC_world_total_are_skipped_and_reported()
        {
            using var fixture = new ImportFixture();
            var result = fixture.Run();
            Assert.False(File.Exists(fixture.CountryPath("WLD")));
            Assert.False(File.Exists(fixture.CountryPath("LCN")));
            Assert.False(File.Exists(fixture.CountryPath("WORLD")));
            Assert.DoesNotContain(result.Claims, c => c.EntityId is "WLD" or "LCN" or "WORLD");
            var aggregates = result.Report.Skipped[ImportReport.Aggregate];
            Assert.Contains(aggregates, d => d.Contains("WLD (World)", StringComparison.Ordinal));
            Assert.Contains(aggregates, d => d.Contains("LCN (Latin America & Caribbean)", StringComparison.Ordinal));
            Assert.Single(result.Report.Skipped[ImportReport.WorldTotal]);
        }

        [Fact]
        public void Subnational_codes_and_names_map_to_one_jurisdiction()
        {
            using var fixture = new ImportFixture();
            var result = fixture.Run();
            Assert.False(File.Exists(fixture.CountryPath("GBR_E_W")));
            using var json = JsonDocument.Parse(File.ReadAllBytes(fixture.CountryPath("GBR-EAW")));
            var root = json.RootElement;
            Assert.Equal("United Kingdom (England and Wales)", root.GetProperty("name").GetString());
            Assert.False(root.TryGetProperty("m49", out _));
            Assert.Equal("Northern Europe", root.GetProperty("region").GetString());
            Assert.Equal("154", root.GetProperty("regionCode").GetString());

            // UNODC's GBR_E_W and WPB's "United Kingdom: England & Wales" land in the same file.
            var sources = fixture.Claims("GBR-EAW").Select(c => c.GetProperty("source").GetString()).Distinct().ToList();
            Assert.Contains(Unodc, sources);
            Assert.Contains("wpb-icpr-2017-07", sources);
            Assert.Contains("wpb-icpr-2024-02", sources);
            Assert.Contains(result.Countries, c => c.Id == "GBR-EAW" && c.IsNew);
        }

        [Fact]
        public void Names_with_commas_in_quoted_fields_are_mapped()
        {
            using var fixture = new ImportFixture();
            fixture.Run();
            var claims = fixture.Claims("IRL");
            Assert.Contains(claims, c => c.GetProperty("metric").GetString() == "prison-population-rate" && c.GetProperty("period").GetString() == "2016" && c.GetProperty("value").GetDecimal() == 78m);
            Assert.Contains(claims, c => c.GetProperty("source").GetString() == "wpb-icpr-2024-02");
            using var hkg = JsonDocument.Parse(File.ReadAllBytes(fixture.CountryPath("HKG")));
            Assert.Equal("China, Hong Kong Special Administrative Region", hkg.RootElement.GetProperty("name").GetString());
            Assert.Equal("344", hkg.RootElement.GetProperty("m49").GetString());
        }

        [Fact]
        public void Derived_occupancy_pretrial_and_female_shares_name_both_inputs()
        {
            using var fixture = new ImportFixture();
            fixture.Run();
            var claims = fixture.Claims("SLV");
            JsonElement Find(string metric, string period) => claims.Single(c => c.GetProperty("metric").GetString() == metric && c.GetProperty("period").GetString() == period && c.GetProperty("source").GetString() == Unodc);

            foreach (var (metric, period, value, numerator, denominator) in new[]
            {
                ("occupancy-level", "2019", 145.91m, "Persons held / Total / Total, sex Total, age Total, counts = 39961", "Official prison capacity, sex Total, age Total, counts = 27387"),
                ("pretrial-share", "2019", 27.53m, "Persons held / by status / Unsentenced, sex Total, age Total, counts = 11000", "Persons held / Total / Total, sex Total, age Total, counts = 39961"),
                ("female-share", "2019", 7.54m, "sex Female, age Total, counts = 3012", "sex Total, age Total, counts = 39961"),
                ("occupancy-level", "2018", 218.4m, "sex Total, age Adult, counts = 39424", "Official prison capacity, sex Total, age Adult, counts = 18051"),
            })
            {
                var claim = Find(metric, period);
                Assert.Equal(value, claim.GetProperty("value").GetDecimal());
                Assert.Equal(new[] { "derived" }, claim.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
                var inputs = claim.GetProperty("derivedFrom").EnumerateArray().Select(f => f.GetString()!).ToList();
                Assert.Equal(2, inputs.Count);
                Assert.StartsWith(Unodc + ": SLV " + period + " ", inputs[0], StringComparison.Ordinal);
                Assert.EndsWith(numerator, inputs[0], StringComparison.Ordinal);
                Assert.EndsWith(denominator, inputs[1], StringComparison.Ordinal);
                Assert.Contains("rounded to 2 decimals", claim.GetProperty("note").GetString(), StringComparison.Ordinal);
            }

            // The adult-only capacity stands in for a missing total and says so.
            var capacity2018 = Find("official-capacity", "2018");
            Assert.Equal(18051m, capacity2018.GetProperty("value").GetDecimal());
            Assert.Contains("adult facilities only", capacity2018.GetProperty("note").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Values_from_files_keep_their_digits()
        {
            using var fixture = new ImportFixture();
            fixture.Run();
            var text = fixture.CountryText("SLV");
            Assert.Contains("\"value\": 589.123456789012, \"unit\": \"per-100k\", \"period\": \"2016\", \"source\": \"unodc-cts-prisons-2023-05\"", text, StringComparison.Ordinal);
            Assert.Contains("\"value\": 85.085802, \"unit\": \"per-100k\", \"period\": \"2016\", \"source\": \"wdi-homicide-2025-10\"", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Disagreeing_files_are_both_kept()
        {
            using var fixture = new ImportFixture();
            fixture.Run();
            var rates2016 = fixture.Claims("SLV").Where(c => c.GetProperty("metric").GetString() == "prison-population-rate" && c.GetProperty("period").GetString() == "2016").ToList();
            Assert.Equal(new[] { "unodc-cts-prisons-2023-05", "wpb-icpr-2017-07" }, rates2016.Select(c => c.GetProperty("source").GetString()).OrderBy(s => s, StringComparer.Ordinal));
            Assert.NotEqual(rates2016[0].GetProperty("value").GetDecimal(), rates2016[1].GetProperty("value").GetDecimal());

            // Brazil 2023: the World Bank and OWID copies of the UNODC rate differ; both stay.
            var brazil = fixture.Claims("BRA").Where(c => c.GetProperty("metric").GetString() == "homicide-rate" && c.GetProperty("period").GetString() == "2023").ToList();
            Assert.Equal(new[] { 19.275296m, 20.575377m }, brazil.Select(c => c.GetProperty("value").GetDecimal()).OrderBy(v => v));
        }

        [Fact]
        public void OWID_adds_only_new_years_or_differing_values_and_reads_the_last_time_column()
        {
            using var fixture = new ImportFixture();
            var result = fixture.Run();
            Assert.DoesNotContain(fixture.Claims("SLV"), c => c.GetProperty("source").GetString() == "unodc-owid-homicide-2025");
            Assert.Single(result.Report.Skipped[ImportReport.SameAsWdi]);
            var albania = Assert.Single(fixture.Claims("ALB"));
            Assert.Equal("2024", albania.GetProperty("period").GetString());
            Assert.Equal(1.7551677m, albania.GetProperty("value").GetDecimal());
            Assert.DoesNotContain(result.Claims, c => c.EntityId == "AGO");
        }

        [Fact]
        public void A_bad_year_row_is_skipped_and_reported()
        {
            using var fixture = new ImportFixture();
            var result = fixture.Run();
            var bad = Assert.Single(result.Report.Skipped[ImportReport.BadYear]);
            Assert.Contains("MAR", bad, StringComparison.Ordinal);
            Assert.Contains("1013", bad, StringComparison.Ordinal);
            var capacity = fixture.Claims("MAR").Where(c => c.GetProperty("metric").GetString() == "official-capacity").ToList();
            Assert.Equal(new[] { "2019" }, capacity.Select(c => c.GetProperty("period").GetString()));
            Assert.Single(result.Report.Skipped[ImportReport.NoYear]);
        }

        [Fact]
        public void Known_faults_are_left_out_and_reported()
        {
            using var fixture = new ImportFixture();
            var result = fixture.Run();
            Assert.Single(result.Report.Skipped[ImportReport.SlvBySex]);
            Assert.DoesNotContain(fixture.Claims("SLV"), c => c.GetProperty("metric").GetString() == "female-share" && c.GetProperty("period").GetString() == "2020");

            // Panama 2017 has two female rows with different values: neither is used.
            Assert.Single(result.Report.Skipped[ImportReport.ConflictingDuplicate]);
            Assert.DoesNotContain(fixture.Claims("PAN"), c => c.GetProperty("metric").GetString() == "female-share");

            // A value outside the metric's range (occupancy 1500 > 1000) is skipped, not clipped.
            Assert.Contains(result.Report.Skipped[ImportReport.OutOfRange], d => d.Contains("GBR-EAW occupancy-level 2017 = 1500", StringComparison.Ordinal));
            Assert.DoesNotContain(fixture.Claims("GBR-EAW"), c => c.GetProperty("metric").GetString() == "occupancy-level" && c.GetProperty("period").GetString() == "2017");

            Assert.Contains("wpb: Atlantis", result.Report.UnmappedNames);
        }

        [Fact]
        public void An_existing_file_keeps_its_header_and_curated_claims_and_gets_new_bulk_claims()
        {
            using var fixture = new ImportFixture();
            var original = File.ReadAllLines(Path.Combine(ImportFixture.FixtureData, "countries", "SLV.json"));
            var curated = original.Where(l => l.Contains("fixture-press-2024", StringComparison.Ordinal)).Select(l => l.TrimEnd(',')).ToList();
            var result = fixture.Run();

            var lines = fixture.CountryText("SLV").Split('\n');
            Assert.Equal(original.Take(7), lines.Take(7));
            Assert.DoesNotContain("Stale bulk claim", fixture.CountryText("SLV"), StringComparison.Ordinal);

            // The curated claims keep their file order and their places: the first before every bulk claim, the two
            // that followed the stale population claim of 1999 after the last bulk claim sorting at or before it.
            var claimLines = lines.Skip(7).TakeWhile(l => l.StartsWith("    {", StringComparison.Ordinal)).Select(l => l.TrimEnd(',')).ToList();
            Assert.Equal(curated, claimLines.Where(l => l.Contains("fixture-press-2024", StringComparison.Ordinal)));
            Assert.Equal(curated[0], claimLines[0]);
            var second = claimLines.IndexOf(curated[1]);
            Assert.Equal(curated[2], claimLines[second + 1]);
            var bulk = claimLines.Where(l => !l.Contains("fixture-press-2024", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.NotEmpty(bulk);
            Assert.All(bulk, c => Assert.Contains(c.GetProperty("source").GetString(), BulkSources.All));
            var keys = bulk.Select(c => (c.GetProperty("metric").GetString()!, c.GetProperty("period").GetString()!, c.GetProperty("source").GetString()!)).ToList();
            Assert.Equal(keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal).ThenBy(k => k.Item3, StringComparer.Ordinal), keys);
            var before = claimLines.Take(second).Skip(1).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var after = claimLines.Skip(second + 2).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.NotEmpty(before);
            Assert.NotEmpty(after);
            Assert.All(before, c => Assert.True(SortsAtOrBeforeStale(c), c.GetRawText()));
            Assert.All(after, c => Assert.False(SortsAtOrBeforeStale(c), c.GetRawText()));

            var slv = Assert.Single(result.Countries, c => c.Id == "SLV");
            Assert.False(slv.IsNew);
            Assert.Equal(3, slv.CuratedClaims);
            Assert.Equal(1, slv.PreviousBulkClaims);

            // Curated remarks of Reference/annotations.csv are carried onto the regenerated claims.
            Assert.Contains("teleSUR English (2023-09-14)", fixture.CountryText("SLV"), StringComparison.Ordinal);
        }

        /// <summary>Whether a bulk claim sorts at or before the fixture's stale claim (population, 1999, the World Bank file).</summary>
        private static bool SortsAtOrBeforeStale(JsonElement claim)
        {
            var metric = string.CompareOrdinal(claim.GetProperty("metric").GetString(), "population");
            var period = string.CompareOrdinal(claim.GetProperty("period").GetString(), "1999");
            return metric < 0 || (metric == 0 && period <= 0);
        }

        [Fact]
        public void New_files_take_UN_names_and_M49_regions()
        {
            using var fixture = new ImportFixture(withExistingCountry: false);
            var result = fixture.Run();
            using var json = JsonDocument.Parse(File.ReadAllBytes(fixture.CountryPath("SLV")));
            var root = json.RootElement;
            Assert.Equal(new[] { "id", "name", "m49", "region", "regionCode", "claims" }, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal("El Salvador", root.GetProperty("name").GetString());
            Assert.Equal("222", root.GetProperty("m49").GetString());
            Assert.Equal("Central America", root.GetProperty("region").GetString());
            Assert.Equal("013", root.GetProperty("regionCode").GetString());
            using var brazil = JsonDocument.Parse(File.ReadAllBytes(fixture.CountryPath("BRA")));
            Assert.Equal("South America", brazil.RootElement.GetProperty("region").GetString());
            Assert.Equal("005", brazil.RootElement.GetProperty("regionCode").GetString());
            Assert.Equal("Brazil", brazil.RootElement.GetProperty("name").GetString());
            Assert.All(result.Countries, c => Assert.True(c.IsNew));
        }

        [Fact]
        public void Files_are_written_in_the_data_format_conventions()
        {
            using var fixture = new ImportFixture();
            fixture.Run();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(fixture.Data, "countries")))
            {
                var bytes = File.ReadAllBytes(file);
                Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, file);
                var text = Encoding.UTF8.GetString(bytes);
                Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
                Assert.EndsWith("}\n", text, StringComparison.Ordinal);
                foreach (var line in text.Split('\n').Where(l => l.Contains("\"metric\":", StringComparison.Ordinal)))
                {
                    Assert.StartsWith("    { \"metric\": ", line, StringComparison.Ordinal);
                    var claim = JsonDocument.Parse(line.TrimEnd(',')).RootElement;
                    var fields = claim.EnumerateObject().Select(p => p.Name).ToList();
                    var expected = new List<string> { "metric", "value", "unit", "period", "source", "note" };
                    if (claim.TryGetProperty("flags", out _))
                    {
                        expected.Add("flags");
                    }

                    if (claim.TryGetProperty("derivedFrom", out _))
                    {
                        expected.Add("derivedFrom");
                    }

                    if (claim.TryGetProperty("definition", out _))
                    {
                        expected.Add("definition");
                    }

                    Assert.Equal(expected, fields);
                    Assert.DoesNotContain("E+", claim.GetProperty("value").GetRawText(), StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        [Fact]
        public void Two_runs_write_identical_bytes()
        {
            using var first = new ImportFixture();
            using var second = new ImportFixture();
            first.Run();
            var once = first.Snapshot();
            first.Run();
            var twice = first.Snapshot();
            second.Run();
            var elsewhere = second.Snapshot();

            Assert.Equal(once.Keys.OrderBy(k => k, StringComparer.Ordinal), twice.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var (name, bytes) in once)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(twice[name]), name + " changed on the second run");
                Assert.True(bytes.AsSpan().SequenceEqual(elsewhere[name]), name + " differs between two data directories");
            }
        }

        [Fact]
        public void Output_loads_with_the_library_loader()
        {
            using var fixture = new ImportFixture();
            var result = fixture.Run();
            var reference = PolicyReference.LoadDirectory(fixture.Data);
            Assert.Equal(result.Countries.Count, reference.Countries.Length);
            Assert.Equal(result.Claims.Count + result.Countries.Sum(c => c.CuratedClaims), reference.Claims.Count());
            var slv = reference.GetCountry("SLV");
            Assert.Equal("El Salvador (curated name)", slv.Name);
            Assert.Contains(slv.Claims.For(new MetricId("occupancy-level")), c => c.Has(ClaimFlags.Derived) && c.DerivedFrom.Length == 2);
            Assert.Equal("GBR-EAW", reference.GetCountry("GBR-EAW").Code.Value);
        }
    }
}
