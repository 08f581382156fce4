using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>
    /// The near-linear grouping of a subject's claims by period and the interval-based conflict flags against their
    /// definitions (every period against every claim, every group against every other, every pair of claims), over claims
    /// mixing periods of every precision, stocks and flows, tolerances, definitions, suspect, planned, approximate and
    /// bounded figures, notes that mention another figure and sources read by hand or through a bulk file.
    /// </summary>
    public class ConflictScalingTests
    {
        private static readonly string[] Periods =
        {
            "2022", "2023", "2023-02", "2023-03", "2022-12", "2023-02-04", "2023-02-28", "2022-12-31", "2023-01-01",
            "2022-03-27/2023-12-31", "2023-02-10/2023-02-20", "2019-01-01/2021-12-31", "2021", "2023-01-01/2023-12-31", "2024-02-29",
        };

        private static readonly decimal[] Tolerances = { 0m, 0.02m, 0.05m, 0.5m };

        [Property(MaxTest = 300)]
        public Property Grouping_by_nearby_periods_gives_the_groups_of_the_pairwise_definition(int[] picks, int seed)
        {
            var metric = Metric(seed);
            var claims = Claims(picks, seed).ToList();
            var fast = ConflictGroups.ByPeriod(metric, claims).ToList();
            var slow = ConflictGroups.Pairwise(metric, claims).ToList();
            var same = fast.Count == slow.Count && fast.Zip(slow, (f, s) => f.Period.Equals(s.Period) && f.Claims.SequenceEqual(s.Claims)).All(x => x);
            return same.Label($"{metric.Measure}: {string.Join(" ", fast.Select(g => g.Period + ":" + g.Claims.Count))} vs {string.Join(" ", slow.Select(g => g.Period + ":" + g.Claims.Count))}");
        }

        [Property(MaxTest = 400)]
        public Property Flags_from_intervals_are_the_flags_from_every_pair(int[] picks, int seed)
        {
            var metric = Metric(seed);
            var claims = Claims(picks, seed);
            Func<Claim, bool> curated = c => c.SourceId.EndsWith("0", StringComparison.Ordinal) || c.SourceId.EndsWith("3", StringComparison.Ordinal);
            var fast = ConflictFlags.Of(curated, metric, claims);
            var slow = ConflictFlags.Pairwise(curated, metric, claims);
            return (fast.Disagreement == slow.Disagreement && fast.Definitional == slow.Definitional && fast.Suspect == slow.Suspect
                    && fast.Explained == slow.Explained && fast.Curated == slow.Curated)
                .Label($"t={metric.Tolerance}: fast {Show(fast)} slow {Show(slow)} over {string.Join(", ", claims.Select(c => $"{c.Value}{(c.Flags == ClaimFlags.None ? string.Empty : "/" + c.Flags)}{(c.Definition is null ? string.Empty : "/" + c.Definition)}"))}");
        }

        [Fact]
        public void A_day_group_holds_the_claims_of_its_month_and_year_and_the_year_group_is_left_out()
        {
            var metric = Metric(7);
            Assert.Equal(MetricMeasure.Stock, metric.Measure);
            var claims = new[] { Claim(1, "2023"), Claim(2, "2023-02"), Claim(3, "2023-02-04"), Claim(4, "2023-03"), Claim(5, "2021") }.ToList();
            var groups = ConflictGroups.ByPeriod(metric, claims).ToList();
            Assert.Equal(new[] { "2021", "2023-02-04", "2023-03" }, groups.Select(g => g.Period.ToString()));
            Assert.Equal(new[] { 1m, 2m, 3m }, groups[1].Claims.Select(c => c.Value.Number));
            Assert.Equal(new[] { 1m, 4m }, groups[2].Claims.Select(c => c.Value.Number));
        }

        private static string Show(ConflictFlags f) => $"d{f.Disagreement} def{f.Definitional} s{f.Suspect} e{f.Explained} c{f.Curated}";

        private static MetricDefinition Metric(int seed) => new MetricDefinition(
            new MetricId("test-metric"),
            "Test metric",
            SubjectKindFlags.Facility,
            Unit.Count,
            MetricTemporality.Varying,
            "A metric for tests.",
            null,
            null,
            null,
            Tolerances[Math.Abs(seed % Tolerances.Length)],
            ImmutableArray<MetricCategory>.Empty,
            Math.Abs(seed / 7) % 3 == 0 ? MetricMeasure.Flow : MetricMeasure.Stock,
            null,
            ImmutableArray<MetricVariant>.Empty,
            null);

        private static ImmutableArray<Claim> Claims(int[]? picks, int seed)
        {
            var random = new Random(seed);
            return (picks ?? Array.Empty<int>()).Take(60).Select(p =>
            {
                var value = (p % 7 == 0 ? 0m : p % 5 == 0 ? -1m : 1m) * (100m + (Math.Abs(p) % 30));
                var flags = ClaimFlags.None;
                var roll = random.Next(20);
                flags |= roll == 0 ? ClaimFlags.Planned : roll == 1 ? ClaimFlags.Approximate : roll == 2 ? ClaimFlags.LowerBound : roll == 3 ? ClaimFlags.UpperBound : ClaimFlags.None;
                var suspect = random.Next(8) == 0;
                var definition = random.Next(6) == 0 ? "variant-a" : null;
                var note = random.Next(5) == 0 ? $"Another source gives {100 + random.Next(30)}." : null;
                return new Claim(SubjectKind.Facility, "alpha-max", new MetricId("test-metric"), ClaimValue.FromNumber(value), Unit.Count,
                    ReferencePeriod.Parse(Periods[random.Next(Periods.Length)]), "source-" + random.Next(10), note,
                    flags | (suspect ? ClaimFlags.Suspect : ClaimFlags.None), ImmutableArray<string>.Empty, definition, null, null, suspect ? "test" : null);
            }).ToImmutableArray();
        }

        private static Claim Claim(decimal value, string period) =>
            new Claim(SubjectKind.Facility, "alpha-max", new MetricId("test-metric"), ClaimValue.FromNumber(value), Unit.Count, ReferencePeriod.Parse(period), "film-2024", null, ClaimFlags.None, ImmutableArray<string>.Empty);
    }
}
