using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Tests
{
    public class ConflictTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();

        [Fact]
        public void Finds_disagreements_beyond_tolerance_largest_first()
        {
            var report = Reference.Conflicts();
            Assert.Equal(new[] { ("AAA", "prison-population-rate"), ("alpha-max", "wall-height") }, report.Conflicts.Select(c => (c.Subject.Id, c.Metric.Id.Value)));
            Assert.Equal((1600m - 1100m) / 1600m, report.Conflicts[0].Spread);
            Assert.Equal("2023", report.Conflicts[0].Period!.ToString());
            Assert.Null(report.Conflicts[1].Period);
        }

        [Fact]
        public void Differences_within_tolerance_or_across_periods_are_not_conflicts()
        {
            var report = Reference.Conflicts();
            Assert.DoesNotContain(report.Conflicts, c => c.Metric.Id == Metrics.HomicideRate);
            Assert.DoesNotContain(report.Conflicts, c => c.Metric.Id == Metrics.DesignCapacity);
            Assert.DoesNotContain(report.Conflicts, c => c.Metric.Id == Metrics.InmatesPerCell);
        }

        [Fact]
        public void Filters_by_subject_metric_and_source_kind()
        {
            Assert.Equal("wall-height", Assert.Single(Reference.Conflicts(ConflictFilter.All.WithSubject("alpha-max")).Conflicts).Metric.Id.Value);
            Assert.Equal("AAA", Assert.Single(Reference.Conflicts(ConflictFilter.All.WithMetric(Metrics.PrisonPopulationRate)).Conflicts).Subject.Id);
            Assert.Equal("alpha-max", Assert.Single(Reference.Conflicts(ConflictFilter.All.WithSourceKind(SourceKind.Documentary)).Conflicts).Subject.Id);
            Assert.Empty(Reference.Conflicts(ConflictFilter.All.WithSourceKind(SourceKind.Government)).Conflicts);
        }

        [Fact]
        public void Every_conflict_holds_a_disagreeing_pair_and_all_its_sources()
        {
            foreach (var conflict in Reference.Conflicts().Conflicts)
            {
                Assert.Contains(conflict.Claims, a => conflict.Claims.Any(b => !conflict.Metric.Agree(a.Value, b.Value)));
                Assert.All(conflict.SourceIds, id => Assert.True(Reference.TryGetSource(id, out _)));
            }

            Assert.Single(Reference.Conflicts().Largest(1).Conflicts);
            Assert.Contains("2 conflicts", Reference.Conflicts().ToString());
        }
    }
}
