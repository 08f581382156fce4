using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;
using PolicyRef.Standards;
using Xunit;

namespace PolicyRef.Tests
{
    public class StandardsTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();

        [Fact]
        public void Each_rule_is_met_not_met_or_unknown_with_its_evidence()
        {
            var assessment = Reference.Assess(Reference.GetFacility("delta-camp"));
            var outcomes = assessment.Rules.ToDictionary(r => r.Rule.Id, r => r.Outcome);
            Assert.Equal(Compliance.NotMet, outcomes["exercise"]);
            Assert.Equal(Compliance.NotMet, outcomes["family"]);
            Assert.Equal(Compliance.Met, outcomes["solitary"]);
            Assert.Equal(Compliance.NotMet, outcomes["light"]);
            Assert.Equal(Compliance.NotMet, outcomes["bedding"]);
            Assert.Equal(Compliance.Unknown, outcomes["untried"]);
            Assert.Equal(Compliance.NotMet, outcomes["space"]);
        }

        [Fact]
        public void Space_per_person_is_derived_from_the_preferred_cell_area_and_occupants()
        {
            var space = Reference.Assess(Reference.GetFacility("delta-camp")).Rules.Single(r => r.Rule.Id == "space");
            Assert.Equal(1m, space.Derived!.Value);
            Assert.Equal(new[] { MetricIds.CellArea, MetricIds.InmatesPerCell }, space.Derived.Inputs.Select(c => c.Metric));
            Assert.Equal(space.Derived.Inputs, space.Evidence);
        }

        [Fact]
        public void Missing_data_is_unknown_never_met()
        {
            var assessment = Reference.Assess(Reference.GetFacility("beta-open"));
            Assert.All(assessment.Rules, r => Assert.Equal(Compliance.Unknown, r.Outcome));
            Assert.Equal(7, assessment.Count(Compliance.Unknown));
        }

        [Fact]
        public void A_single_cell_regime_of_22_hours_or_more_is_prolonged_solitary_confinement()
        {
            var text = Fixture.Text("facilities/CCC/delta-camp.json")
                .Replace("\"value\": 100, \"unit\": \"count\"", "\"value\": 1, \"unit\": \"count\"", System.StringComparison.Ordinal)
                .Replace("\"value\": 100, \"unit\": \"m2\"", "\"value\": 7, \"unit\": \"m2\"", System.StringComparison.Ordinal);
            var assessment = Fixture.LoadWith("facilities/CCC/delta-camp.json", text).Assess(Fixture.LoadWith("facilities/CCC/delta-camp.json", text).GetFacility("delta-camp"));
            var outcomes = assessment.Rules.ToDictionary(r => r.Rule.Id, r => r.Outcome);
            Assert.Equal(Compliance.NotMet, outcomes["solitary"]);
            Assert.Equal(Compliance.Met, outcomes["space"]);
        }

        [Theory]
        [InlineData("upper-bound", "Unknown")]
        [InlineData("lower-bound", "NotMet")]
        [InlineData("approximate", "NotMet")]
        public void Bounds_on_the_occupants_decide_only_what_they_can(string flag, string expected)
        {
            var text = Fixture.Text("facilities/CCC/delta-camp.json")
                .Replace("\"value\": 100, \"unit\": \"count\", \"period\": \"2024\", \"source\": \"film-2024\" }", $"\"value\": 100, \"unit\": \"count\", \"period\": \"2024\", \"source\": \"film-2024\", \"flags\": [\"{flag}\"] }}", System.StringComparison.Ordinal);
            var reference = Fixture.LoadWith("facilities/CCC/delta-camp.json", text);
            var space = reference.Assess(reference.GetFacility("delta-camp")).Rules.Single(r => r.Rule.Id == "space");
            Assert.Equal(expected, space.Outcome.ToString());
        }

        [Fact]
        public void At_least_22_hours_alone_is_prolonged_solitary_confinement_but_at_most_is_not_settled()
        {
            string With(string hoursFlag) => Fixture.Text("facilities/CCC/delta-camp.json")
                .Replace("\"value\": 100, \"unit\": \"count\"", "\"value\": 1, \"unit\": \"count\"", System.StringComparison.Ordinal)
                .Replace("\"value\": 23.5, \"unit\": \"h/day\", \"period\": \"2024\", \"source\": \"film-2024\" }", $"\"value\": 22, \"unit\": \"h/day\", \"period\": \"2024\", \"source\": \"film-2024\", \"flags\": [\"{hoursFlag}\"] }}", System.StringComparison.Ordinal);
            Compliance Outcome(string flag)
            {
                var reference = Fixture.LoadWith("facilities/CCC/delta-camp.json", With(flag));
                return reference.Assess(reference.GetFacility("delta-camp")).Rules.Single(r => r.Rule.Id == "solitary").Outcome;
            }

            Assert.Equal(Compliance.NotMet, Outcome("lower-bound"));
            Assert.Equal(Compliance.Unknown, Outcome("upper-bound"));
        }

        [Fact]
        public void No_outcome_but_unknown_is_without_evidence()
        {
            foreach (var facility in Reference.Facilities)
            {
                Assert.All(Reference.Assess(facility).Rules.Where(r => r.Outcome != Compliance.Unknown), r => Assert.NotEmpty(r.Evidence));
            }
        }

        [Fact]
        public void Derived_values_name_their_inputs_and_agree_with_them()
        {
            var alpha = Reference.GetCountry("AAA");
            var population = alpha.Claims.For(MetricIds.PrisonPopulationTotal).Single();
            var capacity = alpha.Claims.For(MetricIds.OfficialCapacity).Single();
            var occupancy = Derive.Occupancy(population, capacity);
            Assert.Equal(Unit.Percent, occupancy.Unit);
            Assert.Equal(new[] { population, capacity }, occupancy.Inputs);
            Assert.Equal(144.4444m, occupancy.Value);
            Assert.Equal(39000m, decimal.Round(occupancy.Value * capacity.Value.Number / 100m));
            Assert.Throws<System.ArgumentException>(() => Derive.Occupancy(population, alpha.Claims.For(MetricIds.PrisonPopulationRate)[0]));
        }
    }
}
