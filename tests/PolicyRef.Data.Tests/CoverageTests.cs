using System.Linq;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Data.Tests
{
    /// <summary>What the first data release promises to cover: CECOT in depth, its peers, El Salvador and its policy.</summary>
    public class CoverageTests
    {
        private static readonly PolicyReference Reference = PolicyReference.Default;

        [Fact]
        public void Cecot_has_at_least_thirty_claims_across_its_structure_and_regime()
        {
            var cecot = Reference.GetFacility("cecot");
            Assert.InRange(cecot.Claims.Count, 30, 5000);
            var metrics = cecot.Claims.Metrics.ToHashSet();
            foreach (var required in new[] { MetricIds.Opened, MetricIds.DesignCapacity, MetricIds.ReportedPopulation, MetricIds.SiteArea, MetricIds.Modules, MetricIds.Cells, MetricIds.WallHeight, MetricIds.FenceVoltage, MetricIds.Watchtowers, MetricIds.SignalJammingRadius, MetricIds.Staff, MetricIds.FamilyVisits, MetricIds.CellConfinementHours })
            {
                Assert.Contains(required, metrics);
            }

            Assert.Equal("SLV", cecot.Country.Value);
            Assert.Equal("Tecoluca", cecot.Locality);
        }

        [Theory]
        [InlineData("wall-height")]
        [InlineData("watchtowers")]
        public void Cecot_keeps_the_disagreeing_figures_with_their_sources(string metric)
        {
            var selection = Reference.Select(Reference.GetFacility("cecot"), new MetricId(metric))!;
            Assert.True(selection.HasDisagreement);
            var kinds = selection.Ranked.Select(c => Reference.GetSource(c.SourceId).Kind).ToHashSet();
            Assert.Contains(SourceKind.Documentary, kinds);
            Assert.True(kinds.Count >= 2);
        }

        [Fact]
        public void Cecot_reported_population_has_figures_at_several_dates()
        {
            var periods = Reference.GetFacility("cecot").Claims.For(MetricIds.ReportedPopulation).Select(c => c.Period).Distinct().ToList();
            Assert.InRange(periods.Count, 3, 1000);
        }

        [Theory]
        [InlineData("adx-florence", "USA")]
        [InlineData("halden", "NOR")]
        [InlineData("altiplano", "MEX")]
        public void Peers_have_capacity_opening_security_level_and_a_country_with_rates(string id, string country)
        {
            var facility = Reference.GetFacility(id);
            Assert.Equal(country, facility.Country.Value);
            foreach (var metric in new[] { MetricIds.DesignCapacity, MetricIds.Opened, MetricIds.SecurityLevel })
            {
                Assert.NotEmpty(facility.Claims.For(metric));
            }

            var claims = Reference.GetCountry(country).Claims;
            Assert.NotEmpty(claims.For(MetricIds.PrisonPopulationRate));
            Assert.NotEmpty(claims.For(MetricIds.HomicideRate));
        }

        [Fact]
        public void El_salvador_homicide_rate_has_several_publishers_from_2015()
        {
            var claims = Reference.GetCountry("SLV").Claims.For(MetricIds.HomicideRate);
            var years = claims.Select(c => c.Period.Start.Year).ToHashSet();
            Assert.All(Enumerable.Range(2015, 8), y => Assert.Contains(y, years));
            var publishers = claims.Select(c => Reference.GetSource(c.SourceId).Publisher).Distinct().Count();
            Assert.InRange(publishers, 2, 1000);
            Assert.Contains(claims.GroupBy(c => c.Period), g => g.Select(c => c.Value.Number).Distinct().Count() > 1);
        }

        [Fact]
        public void El_salvador_records_that_prison_statistics_are_withheld()
        {
            var claims = Reference.GetCountry("SLV").Claims.For(MetricIds.PrisonStatisticsPublication);
            Assert.Contains(claims, c => c.Value.Category == "withheld");
        }

        [Fact]
        public void State_of_exception_has_a_timeline_and_counts_at_dates()
        {
            var policy = Reference.GetPolicy("slv-state-of-exception-2022");
            Assert.Equal(new NodaTime.LocalDate(2022, 3, 27), policy.Start);
            Assert.Contains(policy.Events, e => e.Kind == PolicyEventKind.Declaration);
            Assert.Contains(policy.Events, e => e.Kind == PolicyEventKind.Trigger);
            Assert.InRange(policy.Events.Count(e => e.Kind == PolicyEventKind.Renewal), 2, 1000);
            Assert.InRange(policy.Claims.For(MetricIds.ArrestsTotal).Length, 3, 1000);
            Assert.NotEmpty(policy.Claims.For(MetricIds.ReleasedTotal));
            Assert.NotEmpty(policy.Claims.For(MetricIds.DeathsInCustody));
        }
    }
}
