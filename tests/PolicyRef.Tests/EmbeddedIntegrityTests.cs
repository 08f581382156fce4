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
            var name = "countries/SLV.json";
            var tampered = Tamper(name, text => text.Replace("\"value\": ", "\"value\": 1", StringComparison.Ordinal), updateManifest: false);
            var set = PolicyReference.LoadEmbedded(tampered);
            var problem = Assert.Single(Assert.Throws<PolicyDataException>(() => set.VerifyDataHash()).Problems);
            Assert.Equal("countries/SLV.json", problem.File);
            Assert.Contains("does not match its SHA-256", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_data_file_altered_with_its_manifest_line_is_detected_by_the_set_hash()
        {
            var name = "countries/SLV.json";
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
            Assert.Contains("does not match its checksum", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_overlay_checks_the_embedded_set_it_was_loaded_over()
        {
            var overlay = Fixture.NewTempDirectory();
            Directory.CreateDirectory(Path.Combine(overlay, "sources"));
            File.WriteAllText(Path.Combine(overlay, "sources", "mine.json"), "{ \"sources\": [ { \"id\": \"mine\", \"publisher\": \"Me\", \"title\": \"Mine\", \"accessed\": \"2026-01-01\", \"kind\": \"research\" } ] }");
            var name = "countries/SLV.json";
            var altered = PolicyReference.LoadEmbedded(Tamper(name, text => text + " ", updateManifest: false));
            var set = PolicyReference.LoadDirectory(overlay, altered);
            Assert.Throws<PolicyDataException>(() => set.VerifyDataHash());
            Assert.Equal(PolicyReference.LoadDirectory(overlay, PolicyReference.Default).DataHash, PolicyReference.LoadDirectory(overlay, PolicyReference.Default).VerifyDataHash());
        }

        [Fact]
        public void A_file_added_to_the_data_archive_is_detected()
        {
            var files = DataFiles.FromEmbedded(Library).Append(new DataFile("countries/ZZZ.json", Encoding.UTF8.GetBytes("{}"))).ToList();
            var set = PolicyReference.LoadEmbedded(new TamperedAssembly(Library, new Dictionary<string, byte[]> { [DataArchive.ResourceName] = DataArchive.Write(files) }));
            var problem = Assert.Single(Assert.Throws<PolicyDataException>(() => set.VerifyDataHash()).Problems);
            Assert.Equal("countries/ZZZ.json", problem.File);
            Assert.Contains("not in the data manifest", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_damaged_data_archive_is_a_data_problem()
        {
            var set = PolicyReference.LoadEmbedded(Tamper(DataArchive.ResourceName, bytes => bytes.Take(bytes.Length / 2).ToArray()));
            var problem = Assert.Single(Assert.Throws<PolicyDataException>(() => set.VerifyDataHash()).Problems);
            Assert.Equal(DataArchive.ResourceName, problem.File);
            Assert.Contains("the data archive is damaged", problem.Message, StringComparison.Ordinal);
        }

        /// <summary>The library with one data file of its archive changed, and its manifest line with it when asked.</summary>
        private static TamperedAssembly Tamper(string path, Func<string, string> change, bool updateManifest)
        {
            var originalBytes = TamperedAssembly.OriginalDataFile(Library, path);
            var bytes = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(originalBytes)));
            Assert.NotEqual(originalBytes, bytes);
            if (!updateManifest)
            {
                return TamperedAssembly.WithDataFile(Library, path, bytes);
            }

            var manifest = Encoding.UTF8.GetString(new TamperedAssembly(Library, new Dictionary<string, byte[]>()).Original(DataManifest.ResourceName));
            var oldHash = DataManifest.HashOf(originalBytes);
            Assert.Contains(oldHash, manifest, StringComparison.OrdinalIgnoreCase);
            var newManifest = manifest.Replace(oldHash, DataManifest.HashOf(bytes), StringComparison.OrdinalIgnoreCase).Replace(oldHash.ToUpperInvariant(), DataManifest.HashOf(bytes).ToUpperInvariant(), StringComparison.Ordinal);
            return TamperedAssembly.WithDataFile(Library, path, bytes, Encoding.UTF8.GetBytes(newManifest));
        }

        private static TamperedAssembly Tamper(string name, Func<byte[], byte[]> change)
        {
            var original = new TamperedAssembly(Library, new Dictionary<string, byte[]>());
            return new TamperedAssembly(Library, new Dictionary<string, byte[]> { [name] = change(original.Original(name)) });
        }
    }
}
