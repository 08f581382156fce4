using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Export;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    public class ExportTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();

        [Fact]
        public void Csv_export_writes_the_five_contract_files_with_their_headers()
        {
            var directory = Fixture.NewTempDirectory();
            CsvExport.Write(Reference, directory);
            Assert.Equal(
                new[] { "countries.csv", "datapackage.json", "facilities.csv", "observations.csv", "policies.csv", "sources.csv" },
                Directory.GetFiles(directory).Select(Path.GetFileName).Where(n => n != ".policyref-export").OrderBy(n => n, StringComparer.Ordinal));
            Assert.StartsWith("PolicyRef export\nformat: csv\n", File.ReadAllText(Path.Combine(directory, ".policyref-export")));
            Assert.Equal("subject_type,subject_id,metric,value,unit,period,source_id,note,flags,definition,preferred,part,part_of,part_label", FirstLine(directory, "observations.csv"));
            Assert.Equal("source_id,publisher,title,url,published,accessed,kind", FirstLine(directory, "sources.csv"));
            Assert.Equal("country_id,name,region", FirstLine(directory, "countries.csv"));
            Assert.Equal("facility_id,name,country,status,opened", FirstLine(directory, "facilities.csv"));
            Assert.Equal("policy_id,country,name,kind,start,end", FirstLine(directory, "policies.csv"));
        }

        [Fact]
        public void Observations_have_one_row_per_claim_and_quote_what_needs_quoting()
        {
            var directory = Fixture.NewTempDirectory();
            CsvExport.Write(Reference, directory);
            var bytes = File.ReadAllBytes(Path.Combine(directory, "observations.csv"));
            Assert.NotEqual(0xEF, bytes[0]);
            var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes));
            Assert.Equal(Reference.Claims.Count() + 1, rows.Count);
            Assert.All(rows, r => Assert.Equal(CsvExport.ObservationColumns.Count, r.Count));
            Assert.Contains(rows, r => r[0] == "facility" && r[1] == "alpha-max" && r[2] == "construction-cost" && r[3] == "100000000" && r[4] == "USD");
            Assert.Contains(rows, r => r[0] == "policy" && r[5] == "2022-03-27/2022-12-31");
            var sources = CsvReader.Parse(File.ReadAllText(Path.Combine(directory, "sources.csv")));
            Assert.Contains(sources, r => r[0] == "ngo-2024-report" && r[2] == "Report on detention, \"two years\", part 1" && r[6] == "ngo");
            var facilities = CsvReader.Parse(File.ReadAllText(Path.Combine(directory, "facilities.csv")));
            Assert.Contains(facilities, r => r[0] == "alpha-max" && r[3] == "operating" && r[4] == "2023-01-31");
            Assert.Contains(facilities, r => r[0] == "beta-open" && r[3] == string.Empty);
        }

        [Fact]
        public void Json_export_loads_back_with_the_same_claims()
        {
            var directory = Fixture.NewTempDirectory();
            JsonExport.Write(Reference, directory);
            var again = PolicyReference.LoadDirectory(directory);
            Assert.Equal(Keys(Reference), Keys(again));
            Assert.Equal(Reference.DataVersion, again.DataVersion);
            Assert.Equal(Reference.GetPolicy("aaa-emergency-2022").Events.Select(e => e.Description), again.GetPolicy("aaa-emergency-2022").Events.Select(e => e.Description));
            Assert.Equal(Reference.GetPolicy("aaa-emergency-2022").Provisions.Select(p => p.ToString()), again.GetPolicy("aaa-emergency-2022").Provisions.Select(p => p.ToString()));
            Assert.Equal(Reference.GetPolicy("aaa-emergency-2022").Instrument, again.GetPolicy("aaa-emergency-2022").Instrument);
        }

        [Fact]
        public void Json_export_writes_one_claim_per_line()
        {
            var directory = Fixture.NewTempDirectory();
            JsonExport.Write(Reference, directory);
            var lines = File.ReadAllLines(Path.Combine(directory, "facilities", "AAA", "alpha-max.json"));
            Assert.Equal(Reference.GetFacility("alpha-max").Claims.Count, lines.Count(l => l.TrimStart().StartsWith("{ \"metric\":", StringComparison.Ordinal)));
        }

        [Property(MaxTest = 30)]
        public Property Claims_survive_load_export_load(NonEmptyArray<int> picks)
        {
            // Build a facility of random claims, load it, export it as JSON, load that, and compare.
            var metrics = new[] { ("design-capacity", "count"), ("wall-height", "m"), ("construction-cost", "NOK") };
            var periods = new[] { "2020", "2021-07", "2022-02-28", "2019-01-01/2020-12-31" };
            var sources = Reference.Sources.Select(s => s.Id).ToArray();
            var lines = picks.Get.Take(15).Select(p => Math.Abs(p % 100000)).Select((p, i) =>
            {
                var (metric, unit) = metrics[p % metrics.Length];
                var value = metric == "wall-height" ? (p % 40) + 0.25m * (p % 4) : p;
                var note = i % 2 == 0 ? $", \"note\": \"note {p}, with \\\"quotes\\\" and ünïcode\"" : string.Empty;
                var flags = p % 5 == 0 ? ", \"flags\": [\"estimate\", \"approximate\"]" : string.Empty;
                return $"{{ \"metric\": \"{metric}\", \"value\": {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, \"unit\": \"{unit}\", \"period\": \"{periods[p % periods.Length]}\", \"source\": \"{sources[p % sources.Length]}\"{note}{flags} }}";
            });
            var facility = "{ \"id\": \"gamma\", \"name\": \"Gamma\", \"country\": \"BBB\", \"claims\": [" + string.Join(",\n", lines) + "] }";
            var loaded = Fixture.LoadWith("facilities/BBB/gamma.json", facility);
            var directory = Fixture.NewTempDirectory();
            JsonExport.Write(loaded, directory);
            var again = PolicyReference.LoadDirectory(directory);
            return Keys(loaded).SequenceEqual(Keys(again)).ToProperty();
        }

        private static string[] Keys(PolicyReference reference) => reference.Claims
            .Select(c => $"{c.SubjectKind}|{c.SubjectId}|{c.Metric}|{c.Value}|{c.Unit}|{c.Period}|{c.SourceId}|{c.Note}|{c.Flags}|{string.Join(";", c.DerivedFrom)}")
            .ToArray();

        private static string FirstLine(string directory, string file) => File.ReadAllLines(Path.Combine(directory, file))[0];
    }
}
