using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>
    /// Only regular files are data: a named pipe, a device or a link put where a data file was expected is refused with a
    /// problem naming it, without waiting on it (opening a pipe for reading waits for a writer) and without reading past the limit.
    /// </summary>
    public class SpecialFileTests
    {
        // Far longer than any load of the fixture takes; a load that waits on a pipe never finishes at all.
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

        private static void MakeFifo(string path)
        {
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        private static T Within<T>(Func<T> work)
        {
            var task = Task.Run(work);
            Assert.True(task.Wait(Patience), "the load did not finish: it is waiting on something that is not a regular file");
            return task.Result;
        }

        [Fact]
        public void A_named_pipe_among_the_data_files_is_refused_without_waiting_for_a_writer()
        {
            var directory = Fixture.NewTempDirectory();
            Fixture.CopyTo(directory);
            MakeFifo(Path.Combine(directory, "countries", "ZZZ.json"));

            var e = Within(() => Record.Exception(() => PolicyReference.LoadDirectory(directory)));

            var data = Assert.IsType<PolicyDataException>(e);
            var problem = Assert.Single(data.Problems);
            Assert.Equal("countries/ZZZ.json", problem.File);
            Assert.Equal(DataProblemKind.InvalidFile, problem.Kind);
            Assert.Contains("not a regular file", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_named_pipe_as_VERSION_is_refused_without_waiting_for_a_writer()
        {
            var directory = Fixture.NewTempDirectory();
            Fixture.CopyTo(directory);
            File.Delete(Path.Combine(directory, "VERSION"));
            MakeFifo(Path.Combine(directory, "VERSION"));

            var e = Within(() => Record.Exception(() => PolicyReference.LoadDirectory(directory)));

            var problem = Assert.Single(Assert.IsType<PolicyDataException>(e).Problems);
            Assert.Equal("VERSION", problem.File);
            Assert.Contains("not a regular file", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Validate_with_a_named_pipe_in_the_data_exits_3_naming_it()
        {
            var directory = Fixture.NewTempDirectory();
            Fixture.CopyTo(directory);
            MakeFifo(Path.Combine(directory, "sources", "zz-pipe.json"));

            var (code, output, error) = Within(() => CliRunner.Run("validate", directory, "--alone"));

            Assert.Equal(3, code);
            Assert.Contains("sources/zz-pipe.json", output + error, StringComparison.Ordinal);
            Assert.Contains("not a regular file", output + error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_pipe_swapped_in_after_the_scan_is_refused_on_the_opened_handle_without_waiting()
        {
            var directory = Fixture.NewTempDirectory();
            var path = Path.Combine(directory, "BBB.json");
            File.WriteAllText(path, "{}");
            var file = DataFile.FromScan("countries/BBB.json", new FileInfo(path));
            File.Delete(path);
            MakeFifo(path);

            var e = Within(() => Record.Exception(() => file.Content));

            Assert.IsType<IOException>(e);
            Assert.Contains("not a regular file", e!.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_symbolic_link_swapped_in_after_the_scan_is_not_followed()
        {
            var directory = Fixture.NewTempDirectory();
            var outside = Path.Combine(Fixture.NewTempDirectory(), "secret.json");
            File.WriteAllText(outside, "{\"secret\": 1}");
            var path = Path.Combine(directory, "BBB.json");
            File.WriteAllText(path, "{\"code\": 1}");
            var file = DataFile.FromScan("countries/BBB.json", new FileInfo(path));
            File.Delete(path);
            File.CreateSymbolicLink(path, outside);

            var e = Assert.Throws<IOException>(() => file.Content);
            Assert.Contains("symbolic link", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_replaced_by_another_after_the_scan_is_a_problem_not_a_load_of_the_other()
        {
            var directory = Fixture.NewTempDirectory();
            var path = Path.Combine(directory, "BBB.json");
            File.WriteAllText(path, "{\"code\": 1}");
            var file = DataFile.FromScan("countries/BBB.json", new FileInfo(path));
            File.WriteAllText(path, "{\"code\": 12345}");

            var e = Assert.Throws<IOException>(() => file.Content);
            Assert.Contains("changed", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_character_device_is_refused_before_any_read()
        {
            var file = DataFile.FromScan("countries/ZZZ.json", new FileInfo("/dev/zero"));
            var e = Assert.Throws<IOException>(() => file.Content);
            Assert.Contains("not a regular file", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_loaded_directory_hashes_the_bytes_it_loaded()
        {
            var directory = Fixture.NewTempDirectory();
            Fixture.CopyTo(directory);
            var loaded = PolicyReference.LoadDirectory(directory);
            var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
                .Select(f => new DataFile(Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes(f)))
                .ToList();
            Assert.Equal(DataManifest.HashOfSet(files), loaded.DataHash);
        }
    }
}
