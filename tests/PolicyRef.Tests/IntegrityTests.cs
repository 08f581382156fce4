using System.IO;
using System.Linq;
using System.Text;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    public class IntegrityTests
    {
        [Fact]
        public void The_data_hash_changes_with_any_byte_and_not_with_file_order()
        {
            var files = Fixture.Files();
            var hash = PolicyReference.LoadFiles(files, null, Fixture.Today).DataHash;
            Assert.Matches("^[0-9a-f]{64}$", hash);
            Assert.Equal(hash, PolicyReference.LoadFiles(files.AsEnumerable().Reverse().ToList(), null, Fixture.Today).DataHash);
            var changed = Fixture.Text("countries/BBB.json").Replace("\"value\": 54,", "\"value\": 55,", System.StringComparison.Ordinal);
            Assert.NotEqual(hash, Fixture.LoadWith("countries/BBB.json", changed).DataHash);
        }

        [Fact]
        public void A_directory_load_and_an_overlay_have_their_own_hashes()
        {
            var alone = PolicyReference.LoadDirectory(Fixture.Directory);
            Assert.Equal(Fixture.Load().DataHash, alone.DataHash);
            var overlay = Fixture.NewTempDirectory();
            Directory.CreateDirectory(Path.Combine(overlay, "sources"));
            File.WriteAllText(Path.Combine(overlay, "sources", "mine.json"), "{ \"sources\": [ { \"id\": \"mine\", \"publisher\": \"Me\", \"title\": \"Mine\", \"accessed\": \"2026-01-01\", \"kind\": \"research\" } ] }");
            Assert.NotEqual(alone.DataHash, PolicyReference.LoadDirectory(overlay, alone).DataHash);
        }

        [Fact]
        public void Embedded_files_are_checked_against_the_build_manifest()
        {
            var files = Fixture.Files();
            var manifest = string.Concat(files.Select(f => DataManifest.HashOf(f.Content).ToUpperInvariant() + "  " + DataFiles.ResourcePrefix + f.Path + "\n"));
            Assert.Empty(DataManifest.Verify(files, manifest));
            var tampered = files.Select(f => f.Path == "countries/BBB.json" ? new DataFile(f.Path, Encoding.UTF8.GetBytes("{}")) : f).ToList();
            var problem = Assert.Single(DataManifest.Verify(tampered, manifest));
            Assert.Equal("countries/BBB.json", problem.File);
            Assert.Contains("does not match its SHA-256", problem.Message);
            Assert.Single(DataManifest.Verify(files.Skip(1).ToList(), manifest));
            Assert.Single(DataManifest.Verify(files, null));
        }

        [Fact]
        public void The_shipped_assembly_carries_a_manifest_that_matches_its_data()
        {
            var assembly = typeof(PolicyReference).Assembly;
            var manifest = DataManifest.ReadEmbedded(assembly);
            Assert.NotNull(manifest);
            Assert.Empty(DataManifest.Verify(DataFiles.FromEmbedded(assembly), manifest));
            Assert.Matches("^[0-9a-f]{64}$", PolicyReference.Default.DataHash);
        }
    }
}
