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
            AssertSame(DataSetLoader.LoadFull(files, Array.Empty<DataProblem>(), null, Fixture.Today, "local"), fast!);
        }

        [Fact]
        public void The_fast_path_builds_the_same_overlay_as_the_full_reader()
        {
            var files = Fixture.Files();
            var baseSet = Fixture.Load();
            var overlay = files.Where(f => f.Path.StartsWith("countries/", StringComparison.Ordinal)).ToList();
            var fast = DataSetLoader.TryLoadFast(overlay, baseSet, Fixture.Today, "local");
            Assert.NotNull(fast);
            AssertSame(DataSetLoader.LoadFull(overlay, Array.Empty<DataProblem>(), baseSet, Fixture.Today, "local"), fast!);
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
            Assert.Contains(data.Facilities.SelectMany(f => f.Claims), c => c.Metric == Model.Metrics.WallHeight && (double)c.Value.Number == expected);
        }

        /// <summary>Two sets are the same when their JSON and CSV exports are byte for byte equal and every claim matches, decimal scale included.</summary>
        internal static void AssertSame(PolicyReference expected, PolicyReference actual)
        {
            Assert.Equal(expected.DataVersion, actual.DataVersion);
            Assert.Equal(expected.DataHash, actual.DataHash);
            Assert.Equal(Describe(expected), Describe(actual));
            var root = Path.Combine(Path.GetTempPath(), "policyref-fastload-" + Guid.NewGuid().ToString("N"));
            try
            {
                JsonExport.Write(expected, Path.Combine(root, "a-json"));
                JsonExport.Write(actual, Path.Combine(root, "b-json"));
                CsvExport.Write(expected, Path.Combine(root, "a-csv"));
                CsvExport.Write(actual, Path.Combine(root, "b-csv"));
                foreach (var kind in new[] { "json", "csv" })
                {
                    var a = Directory.GetFiles(Path.Combine(root, "a-" + kind), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(root, "a-" + kind), f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
                    var b = Directory.GetFiles(Path.Combine(root, "b-" + kind), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(root, "b-" + kind), f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
                    Assert.Equal(a, b);
                    foreach (var file in a)
                    {
                        Assert.True(File.ReadAllBytes(Path.Combine(root, "a-" + kind, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(root, "b-" + kind, file))), file);
                    }
                }
            }
            finally
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, true);
                }
            }
        }

        private static List<string> Describe(PolicyReference data) =>
            data.Metrics.Select(m => $"metric {m.Id} {m.Name} {m.Unit} {m.Temporality} {m.AppliesTo} {m.Minimum} {m.Maximum} {m.Tolerance} {string.Join("|", m.Categories.Select(c => c.Id))}")
                .Concat(data.Sources.Select(s => $"source {s.Id} {s.Kind} {s.Publisher} {s.Title} {s.Url} {s.Published} {s.Accessed} {s.Language} {s.Via} {s.License}"))
                .Concat(data.Standards.Select(s => $"standard {s.Id} {s.Edition} {string.Join("|", s.Rules.Select(r => $"{r.Id} {r.Check} {r.SingleCellThreshold} {r.SharedCellThreshold} {r.SourceId}"))}"))
                .Concat(data.Subjects.Select(s => $"subject {s.Kind} {s.Id} {s.DisplayName} {string.Join(",", s.Claims.Metrics)}"))
                .Concat(data.Subjects.SelectMany(s => s.Claims).Select(c =>
                    $"claim {c.SubjectKind} {c.SubjectId} {c.Metric} {c.Value.Kind} {c.Value} {(c.Value.Kind == Model.ClaimValueKind.Number ? string.Join(",", decimal.GetBits(c.Value.Number)) : string.Empty)} {c.Unit.Kind} {c.Unit.Symbol} {c.Unit.Currency} {c.Period.Precision} {c.Period} {c.SourceId} {c.Note} {c.Flags} {string.Join("|", c.DerivedFrom)}"))
                .ToList();
    }
}
