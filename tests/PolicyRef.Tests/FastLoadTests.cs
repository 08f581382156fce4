using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;
using PolicyRef.Data;
using PolicyRef.Export;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>
    /// The loader's fast path (System.Text.Json, first problem ends it) must build exactly what the full reader builds,
    /// and must never accept what the full reader refuses: it gives up and the full reader reports every problem.
    /// </summary>
    public class FastLoadTests
    {
        private static readonly string BadDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad");

        [Fact]
        public void The_fast_path_builds_the_same_fixture_set_as_the_full_reader()
        {
            var files = Fixture.Files();
            var fast = DataSetLoader.TryLoadFast(files, null, Fixture.Today, "local");
            Assert.NotNull(fast);
            Shared.DataSetAssert.Same(DataSetLoader.LoadFull(files, Array.Empty<DataProblem>(), null, Fixture.Today, "local"), fast!);
        }

        [Fact]
        public void The_fast_path_builds_the_same_overlay_as_the_full_reader()
        {
            var files = Fixture.Files();
            var baseSet = Fixture.Load();
            var overlay = files.Where(f => f.Path.StartsWith("countries/", StringComparison.Ordinal)).ToList();
            var fast = DataSetLoader.TryLoadFast(overlay, baseSet, Fixture.Today, "local");
            Assert.NotNull(fast);
            Shared.DataSetAssert.Same(DataSetLoader.LoadFull(overlay, Array.Empty<DataProblem>(), baseSet, Fixture.Today, "local"), fast!);
        }

        [Fact]
        public void The_fast_path_gives_up_on_every_file_of_the_bad_input_corpus()
        {
            foreach (var expected in JArray.Parse(File.ReadAllText(Path.Combine(BadDirectory, "cases.json"))))
            {
                var place = (string)expected["placeAt"]!;
                var files = Fixture.Files().Where(f => f.Path != place).ToList();
                files.Add(new DataFile(place, File.ReadAllBytes(Path.Combine(BadDirectory, (string)expected["file"]!))));
                Assert.True(DataSetLoader.TryLoadFast(files, null, Fixture.Today, "local") is null, (string)expected["file"]!);
            }
        }

        [Theory]
        [InlineData("\"value\": 1.1e1", 11)]
        [InlineData("\"value\": 11.0", 11)]
        [InlineData("\"value\": 0.000000000000000000011", 0.000000000000000000011)]
        public void Numbers_the_fast_path_leaves_to_the_full_reader_still_load(string value, double expected)
        {
            var path = Fixture.Files().First(f => f.Path.StartsWith("facilities/", StringComparison.Ordinal) && Encoding.UTF8.GetString(f.Content).Contains("\"wall-height\"", StringComparison.Ordinal)).Path;
            var text = Fixture.Text(path);
            var start = text.IndexOf("\"wall-height\"", StringComparison.Ordinal);
            var at = text.IndexOf("\"value\": ", start, StringComparison.Ordinal);
            var end = text.IndexOf(',', at);
            var changed = text.Substring(0, at) + value + text.Substring(end);
            var data = Fixture.LoadWith(path, changed);
            Assert.Contains(data.Facilities.SelectMany(f => f.Claims), c => c.Metric == Model.MetricIds.WallHeight && (double)c.Value.Number == expected);
        }
    }
}
