using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using PolicyRef.Cookbook;
using Xunit;

namespace PolicyRef.Docs.Tests
{
    /// <summary>The generated pages and the charts are in step with the data and the chart code.</summary>
    public class GeneratedFileTests
    {
        private static readonly byte[] PngSignature = { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };

        [Theory]
        [InlineData("data-dictionary.md")]
        [InlineData("changelog.md")]
        public void Generated_page_is_in_step_with_data(string name)
        {
            var now = GeneratedPages.All(Docs.Repository)[name];
            var path = Path.Combine(Docs.Repository.Docs, name);
            Assert.True(File.Exists(path), $"docs/{name} is missing: run {GeneratedPages.Command}");
            var committed = File.ReadAllText(path);
            Assert.True(committed == now, $"docs/{name} is stale: run {GeneratedPages.Command} and commit the result.\n{Docs.FirstDifference(committed, now)}");
        }

        [Fact]
        public void Data_dictionary_has_every_metric_file_and_every_shipped_metric()
        {
            var page = File.ReadAllText(Path.Combine(Docs.Repository.Docs, "data-dictionary.md"));
            var files = Directory.GetFiles(Path.Combine(Docs.Repository.Root, "data", "metrics"), "*.json").Select(Path.GetFileNameWithoutExtension).ToList();
            Assert.NotEmpty(files);
            Assert.All(files, id => Assert.Contains($"\n## {id}\n", page, StringComparison.Ordinal));
            Assert.All(PolicyReference.Default.Metrics, m => Assert.Contains($"\n## {m.Id.Value}\n", page, StringComparison.Ordinal));
        }

        [Fact]
        public void Charts_are_regenerated_by_the_recipe_and_committed_as_png()
        {
            var directory = Directory.CreateTempSubdirectory("policyref-docs-charts-").FullName;
            try
            {
                Recipe.All.Single(r => r.Name == "charts").Run(directory);
                foreach (var image in Recipe.Images)
                {
                    var fresh = Path.Combine(directory, image);
                    var committed = Path.Combine(Docs.Repository.Images, image);
                    Assert.True(File.Exists(fresh), $"the charts recipe did not draw {image}");
                    Assert.True(File.Exists(committed), $"docs/images/{image} is missing: run {GeneratedPages.Command}");
                    var (freshWidth, freshHeight) = PngSize(fresh);
                    var (width, height) = PngSize(committed);
                    Assert.True((freshWidth, freshHeight) == (width, height), $"docs/images/{image} is {width}x{height}, the recipe now draws {freshWidth}x{freshHeight}: run {GeneratedPages.Command}");

                    // Bytes differ between platforms (font rasterising, compression); the size says whether it is the same picture.
                    var ratio = (double)new FileInfo(committed).Length / new FileInfo(fresh).Length;
                    Assert.True(ratio > 0.75 && ratio < 1.33, $"docs/images/{image} is {new FileInfo(committed).Length} bytes, the recipe now draws {new FileInfo(fresh).Length}: run {GeneratedPages.Command}");
                }
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public void Every_image_of_a_page_exists_and_every_chart_is_shown()
        {
            var shown = Docs.Pages
                .SelectMany(page => Docs.Image.Matches(File.ReadAllText(page)).Select(m => (Page: page, File: Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, m.Groups["path"].Value)))))
                .ToList();
            Assert.All(shown, s => Assert.True(File.Exists(s.File), $"{Docs.Relative(s.Page)} shows {Docs.Relative(s.File)}, which does not exist"));
            Assert.All(Recipe.Images, image => Assert.Contains(shown, s => s.File == Path.GetFullPath(Path.Combine(Docs.Repository.Images, image))));
        }

        [Fact]
        public void Site_table_of_contents_lists_the_coverage_report_changelog_and_data_dictionary()
        {
            var guide = File.ReadAllText(Path.Combine(Docs.Repository.Docs, "guide", "toc.yml"));
            foreach (var page in new[] { "getting-started.md", "concepts.md", "methodology.md", "data-dictionary.md", "coverage.md", "changelog.md" })
            {
                Assert.Contains("../" + page, guide, StringComparison.Ordinal);
            }
        }

        private static (int Width, int Height) PngSize(string path)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length > 1024 && bytes.AsSpan(0, 8).SequenceEqual(PngSignature) && bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8), $"{path} is not a PNG file");
            return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        }
    }
}
