using System;
using System.IO;
using System.Linq;
using PolicyRef.Cli;
using PolicyRef.Export;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>Exports are whole or absent, never into the data they read, never through a link.</summary>
    public class ExportSafetyTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();

        [Fact]
        public void An_export_into_the_data_directory_of_the_same_run_is_refused_and_the_data_still_loads()
        {
            var overlay = Fixture.NewTempDirectory();
            Directory.CreateDirectory(Path.Combine(overlay, "sources"));
            File.WriteAllText(Path.Combine(overlay, "sources", "mine.json"), "{ \"sources\": [ { \"id\": \"mine\", \"publisher\": \"Me\", \"title\": \"Mine\", \"accessed\": \"2026-01-01\", \"kind\": \"research\" } ] }");
            var before = Snapshot(overlay);
            var (code, _, error) = Run("--data", overlay, "export", "--format", "json", "--out", overlay);
            Assert.Equal(2, code);
            Assert.Contains("data directory", error);
            var (inside, _, _) = Run("--data", overlay, "export", "--format", "csv", "--out", Path.Combine(overlay, "sources"));
            Assert.Equal(2, inside);
            var (around, _, _) = Run("--data", overlay, "export", "--format", "csv", "--out", Path.GetDirectoryName(overlay)!);
            Assert.Equal(2, around);
            Assert.Equal(before, Snapshot(overlay));
            Assert.Contains(PolicyReference.LoadDirectory(overlay, PolicyReference.Default).Sources, s => s.Id == "mine");

            // The library checks it too, for a set loaded alone.
            var data = Fixture.NewTempDirectory();
            Fixture.CopyTo(data);
            Assert.Throws<ArgumentException>(() => JsonExport.Write(PolicyReference.LoadDirectory(data), data + "/"));
            Assert.Equal(Reference.DataHash, PolicyReference.LoadDirectory(data).DataHash);
        }

        [Fact]
        public void An_export_is_never_written_through_a_symbolic_link()
        {
            var root = Fixture.NewTempDirectory();
            var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;
            File.WriteAllText(Path.Combine(elsewhere, "precious.txt"), "keep");
            var link = Path.Combine(root, "out");
            Directory.CreateSymbolicLink(link, elsewhere);
            Assert.Throws<ArgumentException>(() => CsvExport.Write(Reference, link));
            Assert.Equal(new[] { "precious.txt" }, Directory.GetFileSystemEntries(elsewhere).Select(Path.GetFileName));

            // A link planted inside an earlier export is not followed: the export is replaced as a whole.
            var target = Path.Combine(root, "export");
            CsvExport.Write(Reference, target);
            var victim = Path.Combine(root, "victim.txt");
            File.WriteAllText(victim, "keep");
            File.Delete(Path.Combine(target, "observations.csv"));
            File.CreateSymbolicLink(Path.Combine(target, "observations.csv"), victim);
            CsvExport.Write(Reference, target);
            Assert.Equal("keep", File.ReadAllText(victim));
            Assert.Null(new FileInfo(Path.Combine(target, "observations.csv")).LinkTarget);
        }

        [Fact]
        public void A_directory_holding_other_files_is_refused_and_left_as_it_was()
        {
            var target = Fixture.NewTempDirectory();
            File.WriteAllText(Path.Combine(target, "thesis.tex"), "mine");
            var e = Assert.Throws<ArgumentException>(() => JsonExport.Write(Reference, target));
            Assert.Contains("not an earlier PolicyRef export", e.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { "thesis.tex" }, Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
        }

        [Fact]
        public void A_failed_export_leaves_nothing_and_a_running_one_is_not_visible_as_the_target()
        {
            var parent = Fixture.NewTempDirectory();
            var target = Path.Combine(parent, "out");
            string? partial = null;
            Assert.Throws<IOException>(() => ExportDirectory.Write(Reference, target, "csv", into =>
            {
                partial = into;
                Assert.False(Directory.Exists(target));
                Assert.StartsWith(".out.partial-", Path.GetFileName(into), StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(into, "observations.csv"), "half");
                throw new IOException("No space left on device");
            }));
            Assert.NotNull(partial);
            Assert.False(Directory.Exists(target));
            Assert.Empty(Directory.GetFileSystemEntries(parent));
        }

        [Fact]
        public void A_failed_replacement_keeps_the_earlier_export()
        {
            var target = Path.Combine(Fixture.NewTempDirectory(), "out");
            CsvExport.Write(Reference, target);
            var before = Snapshot(target);
            Assert.Throws<IOException>(() => ExportDirectory.Write(Reference, target, "csv", _ => throw new IOException("disk full")));
            Assert.Equal(before, Snapshot(target));
            Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!));
        }

        [Fact]
        public void A_json_export_loads_back_and_can_be_replaced_by_the_next()
        {
            var target = Path.Combine(Fixture.NewTempDirectory(), "json");
            JsonExport.Write(Reference, target);
            JsonExport.Write(Reference, target);
            Assert.Equal(Reference.Claims.Count(), PolicyReference.LoadDirectory(target).Claims.Count());
        }

        private static string Snapshot(string directory) => string.Join("\n", Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => Path.GetRelativePath(directory, p) + " " + Data.DataManifest.HashOf(File.ReadAllBytes(p))));

        private static (int Code, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = Program.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
    }
}
