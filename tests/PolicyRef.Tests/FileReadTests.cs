using System.IO;
using System.Linq;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    public class FileReadTests
    {
        [Fact]
        public void A_file_rewritten_during_a_load_is_a_problem_not_a_hash_of_another_state()
        {
            var directory = Fixture.NewTempDirectory();
            Fixture.CopyTo(directory);
            var path = Path.Combine(directory, "countries", "BBB.json");
            var file = DataFile.FromScan("countries/BBB.json", new FileInfo(path));
            var first = file.Content;
            File.WriteAllText(path, File.ReadAllText(path).Replace("\"value\": 54,", "\"value\": 55,", System.StringComparison.Ordinal));
            var e = Assert.Throws<IOException>(() => file.Content);
            Assert.Contains("changed", e.Message, System.StringComparison.Ordinal);
            Assert.Equal(DataManifest.HashOf(first), file.Sha256);
        }

        [Fact]
        public void A_device_that_never_ends_is_not_read_at_all()
        {
            var file = DataFile.FromScan("countries/ZZZ.json", new FileInfo("/dev/zero"));
            var e = Assert.Throws<IOException>(() => file.Content);
            Assert.Contains("not a regular file", e.Message, System.StringComparison.Ordinal);
        }
    }
}
