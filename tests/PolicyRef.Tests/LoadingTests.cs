using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    public class LoadingTests
    {
        [Fact]
        public void Loads_a_directory_on_its_own()
        {
            var reference = PolicyReference.LoadDirectory(Fixture.Directory);
            Assert.Equal(new[] { "AAA", "BBB", "CCC", "EEE" }, reference.Countries.Select(c => c.Id));
            Assert.Equal("fixture.1", reference.DataVersion);
            Assert.Equal(2, reference.GetPolicy("aaa-emergency-2022").Events.Length);
        }

        [Fact]
        public void A_directory_load_holds_no_file_bytes_and_hashes_what_it_read()
        {
            var files = DataFiles.FromDirectory(Fixture.Directory, new System.Collections.Generic.List<DataProblem>());
            var loaded = DataSetLoader.Load(files, System.Array.Empty<DataProblem>(), null, Fixture.Today, "local");
            Assert.Equal(Fixture.Load().DataHash, loaded.DataHash);
            Assert.Equal(DataManifest.HashOfSet(Fixture.Files()), loaded.DataHash);
        }

        [Fact]
        public void A_file_that_vanishes_during_a_load_is_a_data_problem_not_a_crash()
        {
            var copy = Path.Combine(Path.GetTempPath(), "policyref-vanish-" + System.Guid.NewGuid().ToString("N"));
            try
            {
                foreach (var file in Fixture.Files())
                {
                    var target = Path.Combine(copy, file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllBytes(target, file.Content);
                }

                var files = DataFiles.FromDirectory(copy, new System.Collections.Generic.List<DataProblem>());
                File.Delete(Path.Combine(copy, "facilities", "AAA", "alpha-max.json"));
                var problem = Assert.Throws<PolicyDataException>(() => DataSetLoader.Load(files, System.Array.Empty<DataProblem>(), null, Fixture.Today, "local"))
                    .Problems.Single(p => p.File == "facilities/AAA/alpha-max.json");
                Assert.Contains("could not be read", problem.Message, System.StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }

        [Fact]
        public void Policy_instrument_and_typed_provisions_load()
        {
            var policy = Fixture.Load().GetPolicy("aaa-emergency-2022");
            Assert.Equal("Decree No. 1 of 27 March 2022", policy.Instrument);
            Assert.Equal(new[] { Model.ProvisionKind.RightsSuspended, Model.ProvisionKind.DetentionLimit }, policy.Provisions.Select(p => p.Kind));
            Assert.All(policy.Provisions, p => Assert.Equal("ngo-2024-report", p.SourceId));
        }

        [Fact]
        public void Unknown_provision_kind_is_refused()
        {
            var problems = Fixture.ProblemsWith("policies/AAA/aaa-emergency-2022.json", "\"kind\": \"rights-suspended\"", "\"kind\": \"rights-supended\"");
            var problem = Assert.Single(problems);
            Assert.Equal(DataProblemKind.InvalidValue, problem.Kind);
            Assert.Contains("'rights-suspended'", problem.Message);
        }

        [Fact]
        public void Policy_events_are_in_date_order()
        {
            var events = Fixture.Load().GetPolicy("aaa-emergency-2022").Events;
            Assert.True(events[0].Date < events[1].Date);
        }

        [Fact]
        public void Overlay_adds_and_replaces_entities_and_may_cite_the_base_set()
        {
            var baseSet = Fixture.Load();
            var overlay = Fixture.NewTempDirectory();
            Directory.CreateDirectory(Path.Combine(overlay, "facilities", "BBB"));
            File.WriteAllText(Path.Combine(overlay, "facilities", "BBB", "beta-open.json"), "{ \"id\": \"beta-open\", \"name\": \"Beta fengsel\", \"country\": \"BBB\", \"claims\": [ { \"metric\": \"wall-height\", \"value\": 7, \"unit\": \"m\", \"period\": \"2025\", \"source\": \"my-survey\" } ] }");
            Directory.CreateDirectory(Path.Combine(overlay, "sources"));
            File.WriteAllText(Path.Combine(overlay, "sources", "mine.json"), "{ \"sources\": [ { \"id\": \"my-survey\", \"publisher\": \"Me\", \"title\": \"My survey\", \"accessed\": \"2026-01-01\", \"kind\": \"research\" } ] }");
            var combined = PolicyReference.LoadDirectory(overlay, baseSet);
            Assert.Equal(7m, Assert.Single(combined.GetFacility("beta-open").Claims).Value.Number);
            Assert.Equal(baseSet.GetFacility("alpha-max").Claims.Count, combined.GetFacility("alpha-max").Claims.Count);
            Assert.Equal(baseSet.Sources.Length + 1, combined.Sources.Length);
            Assert.Equal("fixture.1+local", combined.DataVersion);
        }

        [Fact]
        public void Overlay_may_not_redefine_a_base_source()
        {
            var overlay = Fixture.NewTempDirectory();
            Directory.CreateDirectory(Path.Combine(overlay, "sources"));
            File.WriteAllText(Path.Combine(overlay, "sources", "mine.json"), "{ \"sources\": [ { \"id\": \"film-2024\", \"publisher\": \"Me\", \"title\": \"Mine\", \"accessed\": \"2026-01-01\", \"kind\": \"research\" } ] }");
            var e = Assert.Throws<PolicyDataException>(() => PolicyReference.LoadDirectory(overlay, Fixture.Load()));
            Assert.Contains("base data set", Assert.Single(e.Problems).Message);
        }

        [Fact]
        public void Symbolic_links_are_not_followed()
        {
            var directory = Fixture.NewTempDirectory();
            Fixture.CopyTo(directory);
            Directory.CreateSymbolicLink(Path.Combine(directory, "countries", "loop"), directory);
            var e = Assert.Throws<PolicyDataException>(() => PolicyReference.LoadDirectory(directory));
            Assert.Contains("symbolic links", Assert.Single(e.Problems).Message);
        }

        [Fact]
        public void Lookups_have_throwing_and_non_throwing_forms()
        {
            var reference = Fixture.Load();
            Assert.True(reference.TryGetFacility("alpha-max", out var found));
            Assert.Equal("ALFA", found.DisplayName);
            Assert.False(reference.TryGetFacility("nope", out _));
            Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => reference.GetSource("nope"));
            Assert.Same(reference.GetCountry("AAA"), reference.FindSubject("AAA"));
            Assert.Null(reference.FindSubject("nothing"));
        }

        [Fact]
        public void Default_set_is_created_once_across_threads()
        {
            var seen = new PolicyReference[16];
            Parallel.For(0, seen.Length, i => seen[i] = PolicyReference.Default);
            Assert.All(seen, r => Assert.Same(seen[0], r));
            Assert.NotEmpty(seen[0].Facilities);
        }
    }
}
