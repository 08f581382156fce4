using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>
    /// The indexed corroboration count and the one-pass disagreement test against their definitions (every pair
    /// compared), over claims mixing units, value kinds, signs, tolerances and periods of every precision.
    /// </summary>
    public class CorroborationTests
    {
        private static readonly string[] Periods =
        {
            "2022", "2023", "2023-02", "2023-03", "2022-12", "2023-02-04", "2023-02-28", "2022-12-31", "2023-01-01",
            "2022-03-27/2023-12-31", "2023-02-10/2023-02-20", "2019-01-01/2021-12-31", "2021",
        };

        private static readonly string[] DateValues = { "2022", "2023", "2023-02", "2023-02-04", "2022-12-31", "2021" };

        private static readonly IReadOnlyDictionary<string, Source> NoSources = new Dictionary<string, Source>();

        private static readonly decimal[] Tolerances = { 0m, 0.02m, 0.05m, 0.5m, 0.999m };

        [Property(MaxTest = 200)]
        public Property The_index_counts_what_comparing_every_pair_counts(int[] picks, int seed)
        {
            var metric = Metric(seed);
            var claims = Claims(picks, seed);
            if (claims.Length <= 16)
            {
                // The index is only used above 16 candidates: pad with copies of a varied claim pattern.
                claims = claims.AddRange(Claims(Enumerable.Range(seed & 0xffff, 24).ToArray(), seed));
            }

            // Each claim from its own source, so that agreeing claims and agreeing origins are the same count.
            claims = claims.Select((c, i) => new Claim(c.SubjectKind, c.SubjectId, c.Metric, c.Value, c.Unit, c.Period, "source-" + i, null, ClaimFlags.None, ImmutableArray<string>.Empty)).ToImmutableArray();
            var support = new Corroboration(claims, metric, NoSources);
            var wrong = claims.Where(c => support.Of(c) != Corroboration.Pairwise(claims, metric, c)).Select(c => $"{c.Value} {c.Unit} {c.Period}: {support.Of(c)} vs {Corroboration.Pairwise(claims, metric, c)}").ToList();
            return (AgreementIndex.Applies(metric, claims.Length) && wrong.Count == 0).Label($"{metric.Temporality} t={metric.Tolerance}: {string.Join("; ", wrong.Take(3))}");
        }

        [Property(MaxTest = 300)]
        public Property Counting_by_origin_counts_what_comparing_every_pair_counts_when_sources_republish(int[] picks, int seed)
        {
            var metric = Metric(seed);
            var random = new Random(seed);
            var claims = Claims(picks, seed);
            if (claims.Length <= 16)
            {
                claims = claims.AddRange(Claims(Enumerable.Range(seed & 0xffff, 24).ToArray(), seed));
            }

            // A few sources giving many claims, some re-publishing another source or an outside origin (so origins repeat
            // across sources too), and some claims listed twice.
            var sourceCount = 1 + random.Next(12);
            var sources = Enumerable.Range(0, sourceCount).ToDictionary(
                s => "source-" + s,
                s => new Source("source-" + s, "Publisher", "Title", null, null, new LocalDate(2026, 1, 1), SourceKind.Press, "en", null, null, random.Next(3) switch
                {
                    0 => null,
                    1 => "source-" + random.Next(sourceCount),
                    _ => "wire-" + random.Next(3),
                }));
            claims = claims.Select(c => new Claim(c.SubjectKind, c.SubjectId, c.Metric, c.Value, c.Unit, c.Period, "source-" + random.Next(sourceCount + 2), null, ClaimFlags.None, ImmutableArray<string>.Empty)).ToImmutableArray();
            claims = claims.AddRange(claims.Where(_ => random.Next(8) == 0).ToList());
            Func<Claim, string> originOf = c => sources.TryGetValue(c.SourceId, out var source) ? source.Origin : c.SourceId;
            var support = new Corroboration(claims, metric, sources);
            var wrong = claims.Where(c => support.Of(c) != Corroboration.PairwiseOrigins(claims, metric, originOf, c))
                .Select(c => $"{c.Value} {c.Unit} {c.Period} {c.SourceId}: {support.Of(c)} vs {Corroboration.PairwiseOrigins(claims, metric, originOf, c)}").ToList();
            return (AgreementIndex.Applies(metric, claims.Length) && wrong.Count == 0).Label($"{metric.Temporality} {metric.Measure} t={metric.Tolerance}: {string.Join("; ", wrong.Take(3))}");
        }

        [Property(MaxTest = 300)]
        public Property One_pass_finds_a_disagreement_exactly_when_some_pair_disagrees(int[] picks, int seed)
        {
            var metric = Metric(seed);
            var claims = Claims(picks, seed);
            if (claims.IsEmpty)
            {
                return true.ToProperty();
            }

            return (ConflictQuery.Disagree(metric, claims) == ConflictQuery.DisagreePairwise(metric, claims)).Label(string.Join(", ", claims.Select(c => c.Value)));
        }

        [Fact]
        public void A_claim_is_not_counted_as_corroborating_itself_even_when_listed_twice()
        {
            var metric = Metric(0);
            var one = Claim(ClaimValue.FromNumber(10m), Unit.Count, "2023");
            var claims = Enumerable.Repeat(one, 2).Concat(Enumerable.Range(0, 20).Select(i => Claim(ClaimValue.FromNumber(10m + i), Unit.Count, "2023", "source-" + i))).ToImmutableArray();
            var support = new Corroboration(claims, metric, NoSources);
            Assert.Equal(Corroboration.Pairwise(claims, metric, one), support.Of(one));
            Assert.True(AgreementIndex.Applies(metric, claims.Length));
        }

        private static MetricDefinition Metric(int seed) => new MetricDefinition(
            new MetricId("test-metric"),
            "Test metric",
            SubjectKindFlags.Facility,
            Unit.Count,
            Math.Abs(seed / 5) % 2 == 0 ? MetricTemporality.Varying : MetricTemporality.Fixed,
            "A metric for tests.",
            null,
            null,
            null,
            Tolerances[Math.Abs(seed % Tolerances.Length)],
            ImmutableArray<MetricCategory>.Empty,
            Math.Abs(seed / 10) % 3 == 0 ? MetricMeasure.Flow : MetricMeasure.Stock,
            null,
            ImmutableArray<MetricVariant>.Empty,
            null);

        private static ImmutableArray<Claim> Claims(int[]? picks, int seed)
        {
            var random = new Random(seed);
            return (picks ?? Array.Empty<int>()).Take(120).Select(p =>
            {
                var period = Periods[random.Next(Periods.Length)];
                var unit = random.Next(4) == 0 ? Unit.Percent : Unit.Count;
                var kind = random.Next(10);
                var value = kind == 0 ? ClaimValue.FromDate(ReferencePeriod.Parse(DateValues[Math.Abs(p % DateValues.Length)]))
                    : kind == 1 ? ClaimValue.FromCategory(p % 2 == 0 ? "open" : "closed")
                    : ClaimValue.FromNumber((p % 7 == 0 ? 0m : p % 5 == 0 ? -1m : 1m) * (100m + (Math.Abs(p) % 40)));
                return Claim(value, unit, period);
            }).ToImmutableArray();
        }

        private static Claim Claim(ClaimValue value, Unit unit, string period, string source = "film-2024") =>
            new Claim(SubjectKind.Facility, "alpha-max", new MetricId("test-metric"), value, unit, ReferencePeriod.Parse(period), source, null, ClaimFlags.None, ImmutableArray<string>.Empty);
    }
}
