using System.Linq;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;
using PolicyRef.Standards;
using Xunit;

namespace PolicyRef.Data.Tests
{
    /// <summary>What must hold for queries over the shipped data, whatever it contains.</summary>
    public class QueryInvariantTests
    {
        private static readonly PolicyReference Reference = PolicyReference.Default;

        [Theory]
        [InlineData("2024-12-31")]
        [InlineData("2019-06-30")]
        public void Every_ranked_row_cites_an_existing_source_and_a_period_at_or_before_the_date(string date)
        {
            var asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
            foreach (var metric in new[] { MetricIds.PrisonPopulationRate, MetricIds.HomicideRate })
            {
                var ranking = Reference.RankCountries(metric, asOf);
                Assert.NotEmpty(ranking.Rows);
                Assert.All(ranking.Rows, r =>
                {
                    Assert.True(r.Period.End <= asOf);
                    Assert.True(Reference.TryGetSource(r.Source.Id, out _));
                });
            }
        }

        [Theory]
        [InlineData(null)]
        [InlineData("2024-12-31")]
        [InlineData("2015-06-30")]
        public void For_every_subject_and_metric_one_scan_chooses_what_a_full_sort_chooses(string? date)
        {
            LocalDate? asOf = date is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
            var compared = 0;
            foreach (var subject in Reference.Subjects)
            {
                foreach (var metricId in subject.Claims.Metrics)
                {
                    var metric = Reference.GetMetric(metricId);
                    var claims = subject.Claims.For(metricId);
                    var scan = PreferenceRule.Default.Select(claims, metric, Reference.SourcesById, asOf);
                    var sort = PreferenceRule.Default.SelectBySorting(claims, metric, Reference.SourcesById, asOf);
                    Assert.Equal(sort is null, scan is null);
                    if (sort is null)
                    {
                        continue;
                    }

                    Assert.Same(sort.Chosen, scan!.Chosen);
                    Assert.Equal(sort.Reason, scan.Reason);
                    Assert.Same(sort.Contender, scan.Contender);
                    Assert.Equal(sort.HasDisagreement, scan.HasDisagreement);
                    Assert.True(sort.Ranked.SequenceEqual(scan.Ranked), $"{subject.Id} {metricId}: ranking");
                    Assert.True(sort.Disagreements.SequenceEqual(scan.Disagreements), $"{subject.Id} {metricId}: disagreements");
                    compared++;
                }
            }

            Assert.InRange(compared, 1000, int.MaxValue);
        }

        [Fact]
        public void No_standards_rule_is_met_or_not_met_without_evidence()
        {
            Assert.NotEmpty(Reference.Standards);
            foreach (var facility in Reference.Facilities)
            {
                Assert.All(Reference.Assess(facility).Rules.Where(r => r.Outcome != Compliance.Unknown), r => Assert.NotEmpty(r.Evidence));
            }
        }

        [Fact]
        public void Every_conflict_cites_existing_sources()
        {
            var report = Reference.Conflicts();
            Assert.NotEmpty(report.Conflicts);
            Assert.All(report.Conflicts, c => Assert.All(c.SourceIds, id => Assert.True(Reference.TryGetSource(id, out _))));
            Assert.Contains(report.Conflicts, c => c.Subject.Id == "cecot" && c.Metric.Id == MetricIds.WallHeight);
        }

        [Fact]
        public void Impact_of_the_state_of_exception_has_disjoint_windows_and_states_its_limits()
        {
            var impact = Reference.Impact(Reference.GetPolicy("slv-state-of-exception-2022"), MetricIds.HomicideRate, ImpactOptions.Years(3, 2));
            Assert.True(impact.Treated.Before.LastYear < 2022 && impact.Treated.After.FirstYear > 2022);
            Assert.NotEmpty(impact.Limitations);
            Assert.InRange(impact.Treated.Before.Observations, 1, 3);
        }
    }
}
