using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyRef.DataImport.Changelog;
using PolicyRef.Export;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.DataImport.Tests
{
    /// <summary>The preferred figures that changed between two copies of the library's small fixture data set.</summary>
    public sealed class ChangelogTests : IDisposable
    {
        private readonly string before;
        private readonly string after;

        public ChangelogTests()
        {
            var fixture = Path.Combine(Path.GetDirectoryName(ImportFixture.RepositoryData)!, "tests", "PolicyRef.Tests", "Fixtures", "valid");
            var root = Path.Combine(Path.GetTempPath(), "policyref-changelog-" + Guid.NewGuid().ToString("N"));
            before = Path.Combine(root, "before");
            after = Path.Combine(root, "after");
            Copy(fixture, before);
            Copy(fixture, after);
        }

        [Fact]
        public void Two_equal_sets_have_no_changes()
        {
            Assert.Empty(Compare());
            Assert.Contains("Preferred figures that changed: 0 ", ChangelogWriter.Format(Compare()), StringComparison.Ordinal);
        }

        [Fact]
        public void An_edited_value_a_removed_claim_and_a_new_claim_each_give_their_reason()
        {
            Edit("countries/AAA.json", "\"value\": 7.8, \"unit\": \"per-100k\", \"period\": \"2022\"", "\"value\": 8.1, \"unit\": \"per-100k\", \"period\": \"2022\"");
            RemoveLine("countries/AAA.json", "\"metric\": \"official-capacity\", \"value\": 27000");
            Edit("countries/BBB.json", "{ \"metric\": \"homicide-rate\", \"value\": 40.0,", "{ \"metric\": \"homicide-rate\", \"value\": 37.5, \"unit\": \"per-100k\", \"period\": \"2020\", \"source\": \"stat-office-2023\" },\n    { \"metric\": \"homicide-rate\", \"value\": 40.0,");

            var changes = Compare();
            Assert.Equal(3, changes.Count);
            var edited = Single(changes, "AAA", "homicide-rate", "2022");
            Assert.Equal(ChangeReason.ValueEdited, edited.Reason);
            Assert.Equal(7.8m, edited.Before!.Value.Number);
            Assert.Equal(8.1m, edited.After!.Value.Number);
            var removed = Single(changes, "AAA", "official-capacity", "2019");
            Assert.Equal(ChangeReason.Removed, removed.Reason);
            Assert.Null(removed.After);
            var added = Single(changes, "BBB", "homicide-rate", "2020");
            Assert.Equal(ChangeReason.NewClaimPreferred, added.Reason);
            Assert.Null(added.Before);

            var list = ChangelogWriter.Format(changes);
            Assert.Contains("Alphaland 2022: 7.8 (stat-office-2023) → 8.1 (stat-office-2023)", list, StringComparison.Ordinal);
            Assert.Contains("Alphaland 2019: 27000 (stat-office-2023) → none", list, StringComparison.Ordinal);
            Assert.Contains("Betaland 2020: none → 37.5 (stat-office-2023)", list, StringComparison.Ordinal);
        }

        [Fact]
        public void A_preferred_claim_that_becomes_a_variant_is_reported_with_its_variant_and_what_is_preferred_now()
        {
            var old = PolicyReference.LoadDirectory(before);
            var cell = Observations.Of(old, old.GetCountry("AAA")).Single(o => o.Preferred && o.Claim.Metric.Value == "prison-population-rate" && o.Claim.Period.ToString() == "2023").Claim;
            Edit("metrics/prison-population-rate.json", "\"unit\": \"per-100k\",", "\"unit\": \"per-100k\",\n  \"variants\": [ { \"id\": \"test-scope\", \"name\": \"Another scope\", \"description\": \"Counts something else.\", \"source\": \"stat-office-2023\" } ],");
            Edit("countries/AAA.json", $"\"value\": {cell.Value}, \"unit\": \"per-100k\", \"period\": \"2023\", \"source\": \"{cell.SourceId}\"", $"\"value\": {cell.Value}, \"unit\": \"per-100k\", \"period\": \"2023\", \"source\": \"{cell.SourceId}\", \"definition\": \"test-scope\"");

            var change = Assert.Single(Compare());
            Assert.Equal(ChangeReason.BecameVariant, change.Reason);
            Assert.Equal("test-scope", change.Detail);
            Assert.Equal(cell.SourceId, change.Before!.SourceId);
            Assert.NotNull(change.After);
            Assert.NotEqual(cell.SourceId, change.After!.SourceId);
            Assert.Contains("now counts the variant `test-scope`; another figure is preferred (1)", ChangelogWriter.Format(new[] { change }), StringComparison.Ordinal);
        }

        [Fact]
        public void A_doubted_claim_with_no_rival_is_reported_as_still_preferred_not_as_replaced()
        {
            Edit("countries/AAA.json", "\"value\": 7.8, \"unit\": \"per-100k\", \"period\": \"2022\", \"source\": \"stat-office-2023\"", "\"value\": 7.8, \"unit\": \"per-100k\", \"period\": \"2022\", \"source\": \"stat-office-2023\", \"note\": \"The value may be a typing error.\", \"doubt\": \"value\"");

            var change = Single(Compare(), "AAA", "homicide-rate", "2022");
            Assert.Equal(ChangeReason.BecameSuspect, change.Reason);
            Assert.Equal(change.Before!.SourceId, change.After!.SourceId);
            var list = ChangelogWriter.Format(new[] { change });
            Assert.Contains("is suspect; no other figure competes, so it stays preferred, marked as such (1)", list, StringComparison.Ordinal);
            Assert.DoesNotContain("another figure is preferred", list, StringComparison.Ordinal);
        }

        [Fact]
        public void The_list_replaces_only_the_generated_part_of_the_first_entry()
        {
            var changelog = $"# Data changelog\n\n## 2\n\nIntro.\n\n{ChangelogWriter.Begin}\nold list\n{ChangelogWriter.End}\n\nAfter.\n\n## 1\n\n{ChangelogWriter.Begin}\nkept\n{ChangelogWriter.End}\n";
            var list = $"{ChangelogWriter.Begin}\nnew list\n{ChangelogWriter.End}\n";
            var replaced = ChangelogWriter.Replace(changelog, list, "CHANGELOG.md");
            Assert.Equal($"# Data changelog\n\n## 2\n\nIntro.\n\n{ChangelogWriter.Begin}\nnew list\n{ChangelogWriter.End}\n\nAfter.\n\n## 1\n\n{ChangelogWriter.Begin}\nkept\n{ChangelogWriter.End}\n", replaced);
            Assert.Throws<ImportException>(() => ChangelogWriter.Replace("# Data changelog\n\n## 2\n\nNo list.\n\n## 1\n\n" + list, list, "CHANGELOG.md"));
        }

        public void Dispose()
        {
            var root = Path.GetDirectoryName(before)!;
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }

        private static PreferredChange Single(IReadOnlyList<PreferredChange> changes, string subject, string metric, string period) =>
            Assert.Single(changes, c => c.Subject.Id == subject && c.Metric.Value == metric && c.Period == period);

        private static void Copy(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        private IReadOnlyList<PreferredChange> Compare() =>
            PreferredFigureDiff.Compare(PolicyReference.LoadDirectory(before), PolicyReference.LoadDirectory(after));

        private void Edit(string file, string find, string replace)
        {
            var path = Path.Combine(after, file);
            var text = File.ReadAllText(path);
            Assert.Contains(find, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        }

        private void RemoveLine(string file, string containing)
        {
            var path = Path.Combine(after, file);
            var lines = File.ReadAllLines(path).ToList();
            Assert.Equal(1, lines.RemoveAll(l => l.Contains(containing, StringComparison.Ordinal)));
            File.WriteAllText(path, string.Join("\n", lines) + "\n");
        }
    }
}
