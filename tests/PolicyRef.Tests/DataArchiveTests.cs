using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>The archive the library carries its data files in: a round trip, bit-identical writes, damage reported as a data problem.</summary>
    public class DataArchiveTests
    {
        [Fact]
        public void The_fixture_comes_back_file_for_file_and_byte_for_byte()
        {
            var files = Fixture.Files();
            var read = DataArchive.Read(new MemoryStream(DataArchive.Write(files)), "test.zip");
            Assert.Equal(files.Select(f => f.Path), read.Select(f => f.Path));
            Assert.Equal(files.Select(f => f.Content), read.Select(f => f.Content));
            Assert.Equal(DataManifest.HashOfSet(files), DataManifest.HashOfSet(read));
        }

        [Fact]
        public void Writing_is_deterministic_and_independent_of_file_order()
        {
            var files = Fixture.Files();
            Assert.Equal(DataArchive.Write(files), DataArchive.Write(files.AsEnumerable().Reverse()));
        }

        [Property(MaxTest = 100)]
        public Property Any_contents_round_trip(byte[][] contents)
        {
            var files = contents.Select((c, i) => new DataFile($"countries/F{i:D3}.json", c ?? Array.Empty<byte>())).ToList();
            var read = DataArchive.Read(new MemoryStream(DataArchive.Write(files)), "test.zip");
            return (read.Select(f => f.Path).SequenceEqual(files.Select(f => f.Path))
                && read.Zip(files, (a, b) => a.Content.SequenceEqual(b.Content)).All(same => same)).ToProperty();
        }

        [Fact]
        public void A_truncated_archive_is_a_data_problem_naming_it()
        {
            var bytes = DataArchive.Write(Fixture.Files());
            var problem = Assert.Single(Assert.Throws<PolicyDataException>(() => DataArchive.Read(new MemoryStream(bytes, 0, bytes.Length - 30), "test.zip")).Problems);
            Assert.Equal("test.zip", problem.File);
        }
    }
}
