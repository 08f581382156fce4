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
            Assert.DoesNotContain(report.Conflicts, c => c.Metric.Id == MetricIds.HomicideRate);
            Assert.DoesNotContain(report.Conflicts, c => c.Metric.Id == MetricIds.DesignCapacity);
            Assert.DoesNotContain(report.Conflicts, c => c.Metric.Id == MetricIds.InmatesPerCell);
        }

        [Fact]
        public void Dates_at_different_precision_agree_and_date_spread_is_measured_in_years()
        {
            var metric = Reference.GetMetric(MetricIds.Opened);
            Assert.True(metric.Agree(ClaimValue.FromDate(ReferencePeriod.Parse("1935")), ClaimValue.FromDate(ReferencePeriod.Parse("1935-06"))));
            Assert.False(metric.Agree(ClaimValue.FromDate(ReferencePeriod.Parse("2023-01-31")), ClaimValue.FromDate(ReferencePeriod.Parse("2023-02-24"))));
            var text = Fixture.Text("facilities/AAA/alpha-max.json").Replace(
                "{ \"metric\": \"opened\", \"value\": \"2023-01-31\", \"unit\": \"date\", \"period\": \"2023-01-31\", \"source\": \"wire-2023-02-tour\" },",
                "{ \"metric\": \"opened\", \"value\": \"2023-01-31\", \"unit\": \"date\", \"period\": \"2023-01-31\", \"source\": \"wire-2023-02-tour\" },\n    { \"metric\": \"opened\", \"value\": \"2024-01-31\", \"unit\": \"date\", \"period\": \"2024\", \"source\": \"film-2024\" },\n    { \"metric\": \"opened\", \"value\": \"2023\", \"unit\": \"date\", \"period\": \"2023\", \"source\": \"film-2024\" },",
                System.StringComparison.Ordinal);
            var conflict = Assert.Single(Fixture.LoadWith("facilities/AAA/alpha-max.json", text).Conflicts(ConflictFilter.All.WithMetric(MetricIds.Opened)).Conflicts);
            Assert.InRange(conflict.Spread, 0.09m, 0.11m);
        }

        [Fact]
        public void Amounts_in_different_currencies_are_not_compared()
        {
            var text = Fixture.Text("facilities/AAA/alpha-max.json").Replace(
                "\"flags\": [\"approximate\"] }",
                "\"flags\": [\"approximate\"] },\n    { \"metric\": \"construction-cost\", \"value\": 1000000000, \"unit\": \"NOK\", \"period\": \"2023\", \"source\": \"film-2024\" }",
                System.StringComparison.Ordinal);
            var reference = Fixture.LoadWith("facilities/AAA/alpha-max.json", text);
            Assert.Empty(reference.Conflicts(ConflictFilter.All.WithMetric(MetricIds.ConstructionCost)).Conflicts);
            Assert.False(reference.Select(reference.GetFacility("alpha-max"), MetricIds.ConstructionCost)!.HasDisagreement);
        }

        [Fact]
        public void Filters_by_subject_metric_and_source_kind()
        {
            Assert.Equal("wall-height", Assert.Single(Reference.Conflicts(ConflictFilter.All.WithSubject("alpha-max")).Conflicts).Metric.Id.Value);
            Assert.Equal("AAA", Assert.Single(Reference.Conflicts(ConflictFilter.All.WithMetric(MetricIds.PrisonPopulationRate)).Conflicts).Subject.Id);
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
