using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Export;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>Contract v2 of observations.csv: flags, definition, the preferred claim of each cell and the appended part columns.</summary>
    public class ObservationExportTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();

        [Fact]
        public void Flags_are_written_by_name_separated_by_semicolons()
        {
            var rows = Rows(Reference);
            Assert.Equal("planned", Row(rows, "alpha-max", "design-capacity", "2022-04")["flags"]);
            Assert.Equal("approximate", Row(rows, "alpha-max", "construction-cost", "2023")["flags"]);
            Assert.Equal(string.Empty, Row(rows, "alpha-max", "wall-height", "2023-02")["flags"]);
            var loaded = Fixture.LoadWith("facilities/BBB/gamma.json", "{ \"id\": \"gamma\", \"name\": \"Gamma\", \"country\": \"BBB\", \"claims\": ["
                + "{ \"metric\": \"design-capacity\", \"value\": 500, \"unit\": \"count\", \"period\": \"2020\", \"source\": \"film-2024\", \"flags\": [\"approximate\", \"estimate\", \"lower-bound\"] }] }");
            Assert.Equal("estimate;lower-bound;approximate", Row(Rows(loaded), "gamma", "design-capacity", "2020")["flags"]);
        }

        [Fact]
        public void Every_flag_name_is_one_the_contract_lists()
        {
            var contract = new[] { "estimate", "provisional", "derived", "planned", "lower-bound", "upper-bound", "approximate", "suspect" };
            Assert.All(ClaimQualifiers.FlagNames, name => Assert.Contains(name, contract));
            Assert.Equal(Enum.GetValues(typeof(ClaimFlags)).Cast<ClaimFlags>().Count(f => f != ClaimFlags.None), ClaimQualifiers.FlagNames.Count);
        }

        [Fact]
        public void The_preferred_claim_of_a_varying_cell_is_the_rules_choice_among_that_periods_claims()
        {
            var rows = Rows(Reference);
            var cell = rows.Where(r => r["subject_id"] == "AAA" && r["metric"] == "homicide-rate" && r["period"] == "2021").ToList();
            Assert.Equal(2, cell.Count);
            Assert.Equal("stat-office-2023", Assert.Single(cell, r => r["preferred"] == "true")["source_id"]);
            Assert.Equal("false", Assert.Single(cell, r => r["source_id"] == "ngo-2024-report")["preferred"]);

            // A single claim in its period is that period's preferred figure even when a later period exists.
            Assert.Equal("true", Row(rows, "AAA", "homicide-rate", "2018")["preferred"]);
        }

        [Fact]
        public void A_fixed_metric_has_one_preferred_claim_per_subject_the_one_queries_show()
        {
            var rows = Rows(Reference).Where(r => r["subject_id"] == "alpha-max" && r["metric"] == "wall-height").ToList();
            var chosen = Reference.Select(Reference.GetFacility("alpha-max"), MetricIds.WallHeight)!.Chosen;
            Assert.Equal(2, rows.Count);
            var preferred = Assert.Single(rows, r => r["preferred"] == "true");
            Assert.Equal(chosen.Period.ToString(), preferred["period"]);
            Assert.Equal(chosen.Value.ToString(), preferred["value"]);
        }

        [Fact]
        public void Definition_is_empty_for_the_standard_definition()
        {
            // The fixture's claims all count their metric's standard definition.
            var rows = Rows(Reference);
            Assert.Equal(Reference.Claims.Count(), rows.Count);
            Assert.All(rows, r => Assert.Equal(string.Empty, r["definition"]));
        }

        [Fact]
        public void A_part_carries_its_kind_label_and_whole_and_a_whole_leaves_them_empty()
        {
            var loaded = Fixture.LoadWith("facilities/BBB/gamma.json", "{ \"id\": \"gamma\", \"name\": \"Gamma\", \"country\": \"BBB\", \"claims\": ["
                + "{ \"metric\": \"design-capacity\", \"value\": 4000, \"unit\": \"count\", \"period\": \"2020\", \"source\": \"film-2024\" },"
                + "{ \"metric\": \"design-capacity\", \"value\": 500, \"unit\": \"count\", \"period\": \"2020\", \"source\": \"film-2024\", \"part\": \"per-module\", \"partLabel\": \"each of eight modules\" },"
                + "{ \"metric\": \"design-capacity\", \"value\": 300, \"unit\": \"count\", \"period\": \"2021\", \"source\": \"film-2024\", \"part\": \"per-section\", \"partLabel\": \"high-security unit\", \"partOf\": \"2020\" }] }");
            var rows = Rows(loaded).Where(r => r["subject_id"] == "gamma").ToList();

            var whole = Assert.Single(rows, r => r["value"] == "4000");
            Assert.Equal((string.Empty, string.Empty, string.Empty), (whole["part"], whole["part_of"], whole["part_label"]));
            Assert.Equal("true", whole["preferred"]);

            var module = Assert.Single(rows, r => r["value"] == "500");
            Assert.Equal(("per-module", string.Empty, "each of eight modules"), (module["part"], module["part_of"], module["part_label"]));
            Assert.Equal("false", module["preferred"]);

            var section = Assert.Single(rows, r => r["value"] == "300");
            Assert.Equal(("per-section", "2020", "high-security unit"), (section["part"], section["part_of"], section["part_label"]));
            Assert.Equal("false", section["preferred"]);
        }

        [Fact]
        public void The_part_columns_follow_the_contract_v2_columns()
        {
            Assert.Equal(
                new[] { "subject_type", "subject_id", "metric", "value", "unit", "period", "source_id", "note", "flags", "definition", "preferred", "part", "part_of", "part_label" },
                CsvExport.ObservationColumns);
        }

        [Property(MaxTest = 25)]
        public Property Each_cell_has_at_most_one_preferred_claim_whatever_the_file_order(NonEmptyArray<int> picks)
        {
            // Random homicide-rate claims for a new country, loaded twice with the claims in opposite orders.
            var periods = new[] { "2020", "2021", "2021-07", "2022-02-28" };
            var sources = Reference.Sources.Select(s => s.Id).ToArray();
            var lines = picks.Get.Take(12).Select(p => Math.Abs(p % 100000)).Select(p =>
                $"{{ \"metric\": \"homicide-rate\", \"value\": {p % 90}.{p % 7}, \"unit\": \"per-100k\", \"period\": \"{periods[p % periods.Length]}\", \"source\": \"{sources[p % sources.Length]}\"{(p % 3 == 0 ? ", \"flags\": [\"estimate\"]" : string.Empty)} }}").ToList();
            string Country(IEnumerable<string> claims) => "{ \"id\": \"DDD\", \"name\": \"Deltaland\", \"m49\": \"904\", \"region\": \"Test Region\", \"regionCode\": \"900\", \"claims\": [" + string.Join(",\n", claims) + "] }";
            var forward = Rows(Fixture.LoadWith("countries/DDD.json", Country(lines))).Where(r => r["subject_id"] == "DDD").ToList();
            var backward = Rows(Fixture.LoadWith("countries/DDD.json", Country(Enumerable.Reverse(lines)))).Where(r => r["subject_id"] == "DDD").ToList();
            var oneEach = forward.GroupBy(r => r["period"]).All(cell => cell.Count(r => r["preferred"] == "true") == 1);
            var sameChoice = forward.Where(r => r["preferred"] == "true").Select(Key).OrderBy(k => k, StringComparer.Ordinal)
                .SequenceEqual(backward.Where(r => r["preferred"] == "true").Select(Key).OrderBy(k => k, StringComparer.Ordinal));
            return (oneEach && sameChoice).Label($"one each: {oneEach}, same choice: {sameChoice}");
        }

        internal static List<Dictionary<string, string>> Rows(PolicyReference reference)
        {
            var directory = Fixture.NewTempDirectory();
            CsvExport.Write(reference, directory);
            var table = CsvReader.Parse(File.ReadAllText(Path.Combine(directory, "observations.csv")));
            return table.Skip(1).Select(r => table[0].Select((name, i) => (name, value: r[i])).ToDictionary(x => x.name, x => x.value)).ToList();
        }

        private static Dictionary<string, string> Row(List<Dictionary<string, string>> rows, string subject, string metric, string period) =>
            Assert.Single(rows, r => r["subject_id"] == subject && r["metric"] == metric && r["period"] == period);

        private static string Key(Dictionary<string, string> row) => string.Join("|", row["period"], row["value"], row["source_id"], row["flags"]);
    }
}
