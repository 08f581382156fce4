using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>Comparability first: variants and parts set aside, suspects last, independent origins, tie-breaks that mean something.</summary>
    public class ComparabilityTests
    {
        private static readonly MetricDefinition Rate = new MetricDefinition(
            MetricIds.PrisonPopulationRate, "Prison population rate", SubjectKindFlags.Country, Unit.PerHundredThousand, MetricTemporality.Varying, "Everyone held.", null, 0m, 2000m, 0.02m,
            ImmutableArray<MetricCategory>.Empty, MetricMeasure.Stock, "def-source", ImmutableArray.Create(new MetricVariant("sentenced-only", "Sentenced only", "Sentenced prisoners only.", "def-source")), null);

        private static readonly MetricDefinition Opened = new MetricDefinition(
            MetricIds.Opened, "Opened", SubjectKindFlags.Facility, Unit.Date, MetricTemporality.Fixed, "Opening date.", null, null, null, 0m, ImmutableArray<MetricCategory>.Empty);

        private static readonly IReadOnlyDictionary<string, Source> Plain = Comparability.Sources(("stat-a", null), ("stat-b", null), ("press-a", null), ("press-b", null), ("wire", null));

        [Fact]
        public void A_variant_and_a_part_do_not_compete_with_the_standard_whole_however_recent()
        {
            var standard = Country("stat-a", 524m, "2021");
            var variant = Country("stat-b", 350m, "2022-12-31", definition: "sentenced-only");
            var part = Country("stat-b", 40m, "2023", part: new ClaimPart(PartKind.PerRegion, "one region", null));
            var selection = PreferenceRule.Default.Select(new[] { variant, part, standard }, Rate, Plain)!;
            Assert.Same(standard, selection.Chosen);
            Assert.Equal(new[] { variant, part }, selection.SetAside);
            Assert.Contains("set aside", selection.Explanation, StringComparison.Ordinal);
            var asked = PreferenceRule.Default.SelectVariant(new[] { variant, part, standard }, Rate, Plain, "sentenced-only")!;
            Assert.Same(variant, asked.Chosen);
            Assert.Equal("sentenced-only", asked.Definition);
        }

        [Fact]
        public void Without_a_standard_whole_there_is_no_preferred_figure()
        {
            var variant = Country("stat-b", 350m, "2022-12-31", definition: "sentenced-only");
            var part = Country("stat-b", 40m, "2023", part: new ClaimPart(PartKind.PerRegion, "one region", null));
            Assert.Null(PreferenceRule.Default.Select(new[] { variant, part }, Rate, Plain));
        }

        [Fact]
        public void A_suspect_claim_loses_to_an_older_sound_one_and_the_explanation_says_why()
        {
            var sound = Country("stat-a", 8.9m, "2016");
            var suspect = Country("stat-a", 0.09m, "2017").AsSuspect("0.09 is at least 10 times below both sides of its series");
            var selection = PreferenceRule.Default.Select(new[] { suspect, sound }, Rate, Plain)!;
            Assert.Same(sound, selection.Chosen);
            Assert.Equal(PreferenceReason.NotSuspect, selection.Reason);
            Assert.Contains("at least 10 times below", selection.Explanation, StringComparison.Ordinal);
            Assert.Same(suspect, PreferenceRule.Default.Select(new[] { suspect }, Rate, Plain)!.Chosen);
        }

        [Fact]
        public void A_leap_year_is_as_fine_as_any_other_year()
        {
            var leap = Facility("press-a", "1984");
            var plain = Facility("press-b", "1971");
            var selection = PreferenceRule.Default.Select(new[] { leap, plain }, Opened, Plain)!;
            Assert.NotEqual(PreferenceReason.FinerPeriod, selection.Reason);
            Assert.Equal(PreferenceReason.SourceIdOrder, selection.Reason);
            Assert.Same(leap, selection.Chosen);
        }

        [Fact]
        public void An_undated_source_is_not_taken_to_be_older()
        {
            var sources = new Dictionary<string, Source>
            {
                ["a-undated"] = new Source("a-undated", "A", "A", null, null, new LocalDate(2026, 1, 1), SourceKind.Press, "en", null, null),
                ["b-dated"] = new Source("b-dated", "B", "B", null, new LocalDate(2020, 1, 1), new LocalDate(2026, 1, 1), SourceKind.Press, "en", null, null),
            };
            var selection = PreferenceRule.Default.Select(new[] { Facility("b-dated", "1971"), Facility("a-undated", "1984") }, Opened, sources)!;
            Assert.Equal(PreferenceReason.SourceIdOrder, selection.Reason);
            Assert.Equal("a-undated", selection.Chosen.SourceId);
        }

        [Fact]
        public void When_one_source_gives_two_values_the_explanation_says_its_content_decided()
        {
            var selection = PreferenceRule.Default.Select(new[] { Facility("wire", "1984"), Facility("wire", "1971") }, Opened, Plain)!;
            Assert.Equal(PreferenceReason.ContentOrder, selection.Reason);
            Assert.DoesNotContain("source id", selection.Explanation, StringComparison.Ordinal);
        }

        [Property(MaxTest = 300)]
        public Property Adding_a_part_or_a_variant_never_changes_the_preferred_standard_figure(int[] picks, int extra, bool asPart)
        {
            var claims = Generate(picks);
            if (claims.Count == 0)
            {
                return true.ToProperty();
            }

            var before = PreferenceRule.Default.Select(claims, Rate, Plain)!;
            var added = Country(Plain.Keys.ElementAt(Math.Abs(extra % Plain.Count)), Math.Abs(extra % 1500), Periods[Math.Abs(extra % Periods.Length)],
                definition: asPart ? null : "sentenced-only", part: asPart ? new ClaimPart(PartKind.PerRegion, "one region", null) : null);
            var after = PreferenceRule.Default.Select(claims.Append(added), Rate, Plain)!;
            return (ReferenceEquals(before.Chosen, after.Chosen) && before.Reason == after.Reason && before.Ranked.SequenceEqual(after.Ranked)).ToProperty();
        }

        [Property(MaxTest = 300)]
        public Property Adding_a_republication_of_an_existing_claim_never_changes_corroboration(int[] picks, int which)
        {
            var claims = Generate(picks);
            if (claims.Count == 0)
            {
                return true.ToProperty();
            }

            var copied = claims[Math.Abs(which % claims.Count)];
            var sources = new Dictionary<string, Source>(Plain.ToDictionary(p => p.Key, p => p.Value))
            {
                ["copy"] = new Source("copy", "Copier", "Copy", null, null, new LocalDate(2026, 1, 1), SourceKind.Press, "en", null, null, Plain[copied.SourceId].Origin),
            };
            var copy = new Claim(copied.SubjectKind, copied.SubjectId, copied.Metric, copied.Value, copied.Unit, copied.Period, "copy", null, copied.Flags, ImmutableArray<string>.Empty);
            var before = new Corroboration(claims.ToImmutableArray(), Rate, sources);
            var after = new Corroboration(claims.Append(copy).ToImmutableArray(), Rate, sources);
            return claims.All(c => before.Of(c) == after.Of(c)).ToProperty();
        }

        private static readonly string[] Periods = { "2019", "2020", "2020-06", "2020-12-31", "2021", "2014-01-01/2021-02-13" };

        private static List<Claim> Generate(int[]? picks) =>
            (picks ?? Array.Empty<int>()).Take(12).Select(p => Math.Abs(p % 10_000))
                .Select(p => Country(Plain.Keys.ElementAt(p % Plain.Count), 500m + (10m * (p % 4)), Periods[(p / 3) % Periods.Length], p % 5 == 0 ? ClaimFlags.Estimate : ClaimFlags.None))
                .ToList();

        private static Claim Country(string source, decimal value, string period, ClaimFlags flags = ClaimFlags.None, string? definition = null, ClaimPart? part = null) =>
            new Claim(SubjectKind.Country, "AAA", MetricIds.PrisonPopulationRate, ClaimValue.FromNumber(value), Unit.PerHundredThousand, ReferencePeriod.Parse(period), source, null, flags, ImmutableArray<string>.Empty, definition, part, null, null);

        private static Claim Facility(string source, string year) =>
            new Claim(SubjectKind.Facility, "alpha-max", MetricIds.Opened, ClaimValue.FromDate(ReferencePeriod.Parse(year)), Unit.Date, ReferencePeriod.Parse(year), source, null, ClaimFlags.None, ImmutableArray<string>.Empty);
    }
}
