using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Data.Tests
{
    /// <summary>Integrity of the shipped data set: what is embedded, what is cited, what is covered. Ranges, not exact counts.</summary>
    public class ShippedDataTests
    {
        private static readonly PolicyReference Reference = PolicyReference.Default;

        [Fact]
        public void Default_set_carries_the_version_in_data_VERSION()
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Repository.Data, "VERSION")).Trim(), Reference.DataVersion);
        }

        [Fact]
        public void Embedded_files_are_exactly_the_data_files_in_the_repository()
        {
            var onDisk = Directory.EnumerateFiles(Repository.Data, "*.json", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(Repository.Data, f).StartsWith("schema", StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(Repository.Data, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
            var embedded = DataFiles.FromEmbedded(typeof(PolicyReference).Assembly).Where(f => f.Path != "VERSION")
                .ToDictionary(f => f.Path, f => Convert.ToHexString(SHA256.HashData(f.Content)));
            Assert.Equal(onDisk.OrderBy(p => p.Key, StringComparer.Ordinal), embedded.OrderBy(p => p.Key, StringComparer.Ordinal));
        }

        [Fact]
        public void Loading_the_data_directory_gives_the_same_set_as_the_embedded_one()
        {
            var fromDisk = PolicyReference.LoadDirectory(Repository.Data);
            Assert.Equal(Reference.Claims.Count(), fromDisk.Claims.Count());
            Assert.Equal(Reference.Sources.Select(s => s.Id), fromDisk.Sources.Select(s => s.Id));
        }

        [Fact]
        public void Every_source_is_cited()
        {
            var cited = Reference.Claims.Select(c => c.SourceId)
                .Concat(Reference.Facilities.SelectMany(f => f.SourceIds))
                .Concat(Reference.Policies.SelectMany(p => p.SourceIds.Concat(p.Events.Select(e => e.SourceId)).Concat(p.Provisions.Select(v => v.SourceId))))
                .Concat(Reference.Standards.SelectMany(x => x.SourceIds.Concat(x.Rules.Select(r => r.SourceId))))
                .Concat(Reference.Metrics.SelectMany(m => m.Variants.Select(v => v.SourceId).Concat(m.DefinitionSourceId is null ? Enumerable.Empty<string>() : new[] { m.DefinitionSourceId })))
                .ToHashSet(StringComparer.Ordinal);
            var uncited = Reference.Sources.Select(s => s.Id).Where(id => !cited.Contains(id)).ToList();
            Assert.True(uncited.Count == 0, "uncited sources: " + string.Join(", ", uncited));
        }

        [Fact]
        public void Sources_were_read_before_today_and_published_before_they_were_read()
        {
            var today = DateTime.UtcNow.Date;
            Assert.All(Reference.Sources, s =>
            {
                Assert.True(s.Accessed.ToDateTimeUnspecified() <= today, s.Id);
                Assert.True(s.Published is null || s.Published <= s.Accessed, s.Id);
            });
        }

        [Fact]
        public void Every_metric_file_has_a_typed_handle_and_every_handle_a_file()
        {
            var handles = typeof(MetricIds).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => ((MetricId)p.GetValue(null)!).Value).OrderBy(v => v, StringComparer.Ordinal);
            Assert.Equal(Reference.Metrics.Select(m => m.Id.Value), handles);
        }

        [Fact]
        public void Every_metric_is_used_or_documented_as_reserved()
        {
            var used = Reference.Claims.Select(c => c.Metric).ToHashSet();
            Assert.True(used.Count >= Reference.Metrics.Length / 2, $"only {used.Count} of {Reference.Metrics.Length} metrics have claims");
        }

        [Fact]
        public void Coverage_is_within_expected_ranges()
        {
            Assert.InRange(Reference.Countries.Length, 4, 400);
            Assert.InRange(Reference.Facilities.Length, 4, 20000);
            Assert.InRange(Reference.Policies.Length, 2, 5000);
            Assert.InRange(Reference.Sources.Length, 50, 100000);
            Assert.InRange(Reference.Claims.Count(), 500, 5000000);
        }

        [Fact]
        public void Numeric_values_are_within_their_metric_ranges()
        {
            Assert.All(Reference.Claims.Where(c => c.Value.Kind == ClaimValueKind.Number), c =>
            {
                var metric = Reference.GetMetric(c.Metric);
                Assert.InRange(c.Value.Number, metric.Minimum ?? decimal.MinValue, metric.Maximum ?? decimal.MaxValue);
            });
        }

        [Fact]
        public void Derived_claims_name_their_inputs()
        {
            Assert.All(Reference.Claims.Where(c => c.Has(ClaimFlags.Derived)), c => Assert.NotEmpty(c.DerivedFrom));
        }

        [Fact]
        public void Data_files_keep_one_claim_per_line_with_plain_text_conventions()
        {
            foreach (var file in Directory.EnumerateFiles(Repository.Data, "*.json", SearchOption.AllDirectories))
            {
                var bytes = File.ReadAllBytes(file);
                Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, file + " starts with a BOM");
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                Assert.DoesNotContain("\r", text);
                Assert.EndsWith("\n", text);
                foreach (var line in text.Split('\n'))
                {
                    var metrics = line.Split("\"metric\":").Length - 1;
                    Assert.True(metrics <= 1, $"{file}: more than one claim on a line: {line}");
                }
            }
        }
    }
}
