using System;
using System.IO;
using System.Linq;
using NodaTime;
using PolicyRef.Export;
using Xunit;

namespace PolicyRef.Data.Tests
{
    /// <summary>On the shipped set, the loader's fast path builds exactly what the full reader builds.</summary>
    public class FastLoadShippedTests
    {
        [Fact]
        public void The_fast_path_loads_the_shipped_set_and_matches_the_full_reader()
        {
            var today = new LocalDate(2026, 11, 25);
            var files = DataFiles.FromEmbedded(typeof(PolicyReference).Assembly);
            var fast = DataSetLoader.TryLoadFast(files, null, today, "unversioned");
            Assert.NotNull(fast);
            AssertSame(DataSetLoader.LoadFull(files, Array.Empty<DataProblem>(), null, today, "unversioned"), fast!);
        }

        [Fact]
        public void The_default_set_from_the_snapshot_matches_the_embedded_json_checked_by_the_full_loader()
        {
            var json = PolicyReference.LoadEmbeddedJson();
            var snapshot = PolicyReference.LoadEmbedded();
            Assert.Equal(DataManifest.HashOfSet(DataFiles.FromEmbedded(typeof(PolicyReference).Assembly)), snapshot.DataHash);
            AssertSame(json, snapshot);
            AssertSame(json, PolicyReference.Default);
        }

        private static void AssertSame(PolicyReference expected, PolicyReference actual)
        {
            Assert.Equal(expected.DataVersion, actual.DataVersion);
            Assert.Equal(expected.DataHash, actual.DataHash);
            Assert.Equal(Describe(expected), Describe(actual));
            var root = Path.Combine(Path.GetTempPath(), "policyref-same-" + Guid.NewGuid().ToString("N"));
            try
            {
                CsvExport.Write(expected, Path.Combine(root, "a-csv"));
                CsvExport.Write(actual, Path.Combine(root, "b-csv"));
                JsonExport.Write(expected, Path.Combine(root, "a-json"));
                JsonExport.Write(actual, Path.Combine(root, "b-json"));
                foreach (var (a, b) in new[] { ("a-csv", "b-csv"), ("a-json", "b-json") })
                {
                    var names = Directory.GetFiles(Path.Combine(root, a), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(root, a), f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
                    Assert.NotEmpty(names);
                    Assert.Equal(names, Directory.GetFiles(Path.Combine(root, b), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(root, b), f)).OrderBy(f => f, StringComparer.Ordinal));
                    foreach (var name in names)
                    {
                        Assert.True(File.ReadAllBytes(Path.Combine(root, a, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(root, b, name))), name);
                    }
                }
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        private static string[] Describe(PolicyReference data) =>
            data.Subjects.SelectMany(s => s.Claims).Select(c =>
                    $"{c.SubjectKind} {c.SubjectId} {c.Metric} {c.Value.Kind} {c.Value} {(c.Value.Kind == Model.ClaimValueKind.Number ? string.Join(",", decimal.GetBits(c.Value.Number)) : string.Empty)} {c.Unit.Symbol} {c.Period.Precision} {c.Period} {c.SourceId} {c.Note} {c.Flags} {string.Join("|", c.DerivedFrom)}")
                .Concat(data.Subjects.Select(s => $"{s.Kind} {s.Id} {s.DisplayName} {string.Join(",", s.Claims.Metrics)}"))
                .Concat(data.Sources.Select(s => $"{s.Id} {s.Kind} {s.Publisher} {s.Title} {s.Url} {s.Published} {s.Accessed} {s.Language} {s.Via} {s.License}"))
                .ToArray();
    }
}
