using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace PolicyRef.DataImport.Tests
{
    /// <summary>A re-import on unchanged inputs leaves every file byte for byte as it was, wherever curated claims were written.</summary>
    public class ReimportTests
    {
        private const string Curated = "fixture-press-2024";

        public static IEnumerable<object[]> Places() => new[]
        {
            new object[] { "end" },
            new object[] { "middle" },
            new object[] { "start" },
        };

        [Theory]
        [MemberData(nameof(Places))]
        public void Curated_claims_added_by_hand_after_an_import_stay_where_they_were_written(string place)
        {
            using var fixture = new ImportFixture();
            fixture.Run();

            // Claims added by hand, as a curator adds them: after the bulk claims, among them, or before them.
            var lines = File.ReadAllLines(fixture.CountryPath("BRA")).ToList();
            var first = lines.FindIndex(l => l.StartsWith("    {", StringComparison.Ordinal));
            var last = lines.FindLastIndex(l => l.StartsWith("    {", StringComparison.Ordinal));
            Assert.True(last - first >= 2, "the fixture's Brazil needs three bulk claims");
            var added = new[]
            {
                $"    {{ \"metric\": \"homicide-rate\", \"value\": 21.1, \"unit\": \"per-100k\", \"period\": \"2023\", \"source\": \"{Curated}\", \"note\": \"Added by hand (one).\" }}",
                $"    {{ \"metric\": \"prison-population-total\", \"value\": 850000, \"unit\": \"count\", \"period\": \"2023-06\", \"source\": \"{Curated}\", \"note\": \"Added by hand (two).\" }}",
            };
            var at = place switch
            {
                "end" => last + 1,
                "middle" => first + ((last - first) / 2) + 1,
                _ => first,
            };
            if (at == last + 1)
            {
                lines[last] += ",";
                lines.InsertRange(at, new[] { added[0] + ",", added[1] });
            }
            else
            {
                lines.InsertRange(at, added.Select(l => l + ","));
            }

            File.WriteAllText(fixture.CountryPath("BRA"), string.Join("\n", lines) + "\n");
            var edited = fixture.Snapshot();

            fixture.Run();
            var again = fixture.Snapshot();

            Assert.Equal(edited.Keys.OrderBy(k => k, StringComparer.Ordinal), again.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var (name, bytes) in edited)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(again[name]), $"{name} changed on a re-import (curated claims at the {place})");
            }
        }
    }
}
