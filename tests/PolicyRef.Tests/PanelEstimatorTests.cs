using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Data;
using PolicyRef.Queries.Estimation;
using Xunit;

namespace PolicyRef.Tests
{
    public class PanelEstimatorTests
    {
        [Property(MaxTest = 25)]
        public Property Shifting_a_unit_by_a_constant_leaves_did_and_sdid_unchanged(int seed, int unit, NormalFloat shift)
        {
            var random = new Random(seed);
            var units = Enumerable.Range(0, 8).Select(i => "U" + i).ToArray();
            var values = units.ToDictionary(u => u, u => Enumerable.Range(0, 10).Select(t => 20 + (random.NextDouble() * 10) + (t * random.NextDouble())).ToArray());
            var shifted = units[Math.Abs(unit % units.Length)];
            var delta = Math.Max(-1000, Math.Min(1000, (double)shift));
            Panel Build(double d) => Panel.FromObservations(units.SelectMany(u => values[u].Select((v, t) => new PanelObservation(u, 2000 + t, v + (u == shifted ? d : 0)))));
            return new[] { PanelMethod.DifferenceInDifferences, PanelMethod.SyntheticDifferenceInDifferences }.All(method =>
            {
                var options = PanelEstimateOptions.For("U7", 2007, method).WithPlaceboReplications(0);
                return Math.Abs(PanelEstimator.Estimate(Build(0), options).Estimate - PanelEstimator.Estimate(Build(delta), options).Estimate) < 1e-6;
            }).ToProperty();
        }

        [Theory]
        [InlineData(PanelMethod.DifferenceInDifferences)]
        [InlineData(PanelMethod.SyntheticControl)]
        [InlineData(PanelMethod.SyntheticDifferenceInDifferences)]
        public void A_known_effect_is_recovered_when_outcomes_are_unit_plus_period_effects(PanelMethod method)
        {
            // Y = unit effect + period effect, no noise; the treated unit's effect is the mean of the others', so it lies
            // inside what the controls can reproduce, and it drops by 7 from 2008.
            var random = new Random(3);
            var units = Enumerable.Range(0, 10).Select(i => "U" + i).ToArray();
            var unitEffect = units.ToDictionary(u => u, _ => random.NextDouble() * 20);
            unitEffect["U9"] = units.Take(9).Average(u => unitEffect[u]);
            var periodEffect = Enumerable.Range(0, 12).Select(_ => 40 + (random.NextDouble() * 15)).ToArray();
            var panel = Panel.FromObservations(units.SelectMany(u => periodEffect.Select((p, t) => new PanelObservation(u, 2000 + t, unitEffect[u] + p + (u == "U9" && t >= 8 ? -7 : 0)))));
            var estimate = PanelEstimator.Estimate(panel, PanelEstimateOptions.For("U9", 2008, method).WithPlaceboReplications(0));
            Assert.Equal(-7, estimate.Estimate, 2);
        }

        [Fact]
        public void Every_problem_of_a_malformed_panel_is_reported_at_once_with_its_line()
        {
            var csv = "unit,year,y\nA,2000,1\nA,2000,2\nB,2000,x\nB,2001,3\n,2001,4\n";
            var error = Assert.Throws<PolicyDataException>(() => Panel.ReadCsv(new StringReader(csv), "p.csv", "unit", "year", "y"));
            Assert.Contains(error.Problems, p => p.Line == 3 && p.Kind == DataProblemKind.DuplicateId);
            Assert.Contains(error.Problems, p => p.Line == 4 && p.Kind == DataProblemKind.InvalidValue);
            Assert.Contains(error.Problems, p => p.Line == 6 && p.Kind == DataProblemKind.MissingField);
            Assert.All(error.Problems, p => Assert.Equal("p.csv", p.File));
        }
    }
}
