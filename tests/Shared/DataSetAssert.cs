using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyRef.Export;
using Xunit;

namespace PolicyRef.Tests.Shared
{
    /// <summary>Compares two loaded sets in full; shared by the fixture tests and the shipped-data tests.</summary>
    internal static class DataSetAssert
    {
        /// <summary>Two sets are the same when their JSON and CSV exports are byte for byte equal and every claim matches, decimal scale included.</summary>
        public static void Same(PolicyReference expected, PolicyReference actual)
        {
            Assert.Equal(expected.DataVersion, actual.DataVersion);
            Assert.Equal(expected.DataHash, actual.DataHash);
            Assert.Equal(Describe(expected), Describe(actual));
            var root = Path.Combine(Path.GetTempPath(), "policyref-same-" + Guid.NewGuid().ToString("N"));
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
