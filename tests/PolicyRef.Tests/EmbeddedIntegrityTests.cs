using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PolicyRef.Cli;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary><c>version</c> prints a hash computed from the data files, and an altered embedded resource is caught.</summary>
    public class EmbeddedIntegrityTests
    {
        private static readonly System.Reflection.Assembly Library = typeof(PolicyReference).Assembly;

        [Fact]
        public void Version_prints_the_hash_of_the_embedded_files_computed_here()
        {
            var output = new StringWriter();
            Assert.Equal(0, Program.Run(new[] { "version" }, output, new StringWriter()));
            var computed = DataManifest.HashOfSet(DataFiles.FromEmbedded(Library));
            Assert.Contains($"data sha256 {computed} (computed from the data files)", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(computed, PolicyReference.Default.VerifyDataHash());
        }

        [Fact]
        public void A_data_file_altered_in_the_assembly_is_detected_even_though_the_snapshot_is_intact()
        {
            var name = DataFiles.ResourcePrefix + "countries/SLV.json";
            var tampered = Tamper(name, text => text.Replace("\"value\": ", "\"value\": 1", StringComparison.Ordinal), updateManifest: false);
            var set = PolicyReference.LoadEmbedded(tampered);
            var problem = Assert.Single(Assert.Throws<PolicyDataException>(() => set.VerifyDataHash()).Problems);
            Assert.Equal("countries/SLV.json", problem.File);
            Assert.Contains("does not match its SHA-256", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_data_file_altered_with_its_manifest_line_is_detected_by_the_set_hash()
        {
            var name = DataFiles.ResourcePrefix + "countries/SLV.json";
            var tampered = Tamper(name, text => text.Replace("\"value\": ", "\"value\": 1", StringComparison.Ordinal), updateManifest: true);
            var set = PolicyReference.LoadEmbedded(tampered);
            Assert.Equal(PolicyReference.Default.DataHash, set.DataHash);
            var problem = Assert.Single(Assert.Throws<PolicyDataException>(() => set.VerifyDataHash()).Problems);
            Assert.Contains("altered after it was built", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_altered_snapshot_is_refused_when_loaded()
        {
            var tampered = Tamper("PolicyRef.Snapshot", bytes => { bytes[bytes.Length / 2] ^= 0x20; return bytes; });
            var problem = Assert.Single(Assert.Throws<PolicyDataException>(() => PolicyReference.LoadEmbedded(tampered)).Problems);
            Assert.Contains("does not match its SHA-256", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_overlay_checks_the_embedded_set_it_was_loaded_over()
        {
            var overlay = Fixture.NewTempDirectory();
            Directory.CreateDirectory(Path.Combine(overlay, "sources"));
            File.WriteAllText(Path.Combine(overlay, "sources", "mine.json"), "{ \"sources\": [ { \"id\": \"mine\", \"publisher\": \"Me\", \"title\": \"Mine\", \"accessed\": \"2026-01-01\", \"kind\": \"research\" } ] }");
            var name = DataFiles.ResourcePrefix + "countries/SLV.json";
            var altered = PolicyReference.LoadEmbedded(Tamper(name, text => text + " ", updateManifest: false));
            var set = PolicyReference.LoadDirectory(overlay, altered);
            Assert.Throws<PolicyDataException>(() => set.VerifyDataHash());
            Assert.Equal(PolicyReference.LoadDirectory(overlay, PolicyReference.Default).DataHash, PolicyReference.LoadDirectory(overlay, PolicyReference.Default).VerifyDataHash());
        }

        private static TamperedAssembly Tamper(string name, Func<string, string> change, bool updateManifest)
        {
            var original = new TamperedAssembly(Library, new Dictionary<string, byte[]>());
            var bytes = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(original.Original(name))));
            var replaced = new Dictionary<string, byte[]> { [name] = bytes };
            if (updateManifest)
            {
                var manifest = Encoding.UTF8.GetString(original.Original(DataManifest.ResourceName));
                var oldHash = DataManifest.HashOf(original.Original(name));
                Assert.Contains(oldHash, manifest, StringComparison.OrdinalIgnoreCase);
                replaced[DataManifest.ResourceName] = Encoding.UTF8.GetBytes(manifest.Replace(oldHash, DataManifest.HashOf(bytes), StringComparison.OrdinalIgnoreCase).Replace(oldHash.ToUpperInvariant(), DataManifest.HashOf(bytes).ToUpperInvariant(), StringComparison.Ordinal));
            }

            return new TamperedAssembly(Library, replaced);
        }

        private static TamperedAssembly Tamper(string name, Func<byte[], byte[]> change)
        {
            var original = new TamperedAssembly(Library, new Dictionary<string, byte[]>());
            return new TamperedAssembly(Library, new Dictionary<string, byte[]> { [name] = change(original.Original(name)) });
        }
    }
}
