using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Queries.Estimation;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>The synthetic control with predictors and V weights (nested optimisation) on small panels with known answers.</summary>
    public class PredictorTests
    {
        private const int Start = 2010;

        /// <summary>
        /// Six donors with two covariates and an outcome; the treated unit is exactly ½ A + ½ B in covariates and outcome
        /// before the start, and 5 higher after. A and B lie equally far from it, so the penalty favours neither.
        /// </summary>
        private static List<PanelObservation> KnownMix(int seed, IReadOnlyList<string>? order = null)
        {
            var random = new Random(seed);
            var names = new[] { "A", "B", "C", "D", "E", "F" };
            var level = names.ToDictionary(n => n, _ => 20 + (random.NextDouble() * 40));
            var slope = names.ToDictionary(n => n, _ => (random.NextDouble() * 2) - 1);
            var income = names.ToDictionary(n => n, _ => 8 + (random.NextDouble() * 4));
            var share = names.ToDictionary(n => n, _ => 0.1 + (random.NextDouble() * 0.1));

            // A and B mirror each other around the treated unit so that each is as far from it as the other.
            level["B"] = level["A"] + 10;
            income["B"] = income["A"] + 1;
            share["B"] = share["A"] + 0.02;
            slope["B"] = slope["A"] + 0.4;
            var rows = new List<PanelObservation>();
            foreach (var unit in order ?? names)
            {
                for (var year = 2000; year <= 2014; year++)
                {
                    rows.Add(Row(unit, year, level[unit] + (slope[unit] * (year - 2000)) + (0.5 * Math.Sin(year + level[unit])), income[unit], share[unit]));
                }
            }

            for (var year = 2000; year <= 2014; year++)
            {
                double Half(Func<string, double> f) => 0.5 * (f("A") + f("B"));
                var outcome = Half(u => level[u] + (slope[u] * (year - 2000)) + (0.5 * Math.Sin(year + level[u]))) + (year >= Start ? 5 : 0);
                rows.Add(Row("T", year, outcome, Half(u => income[u]), Half(u => share[u])));
            }

            return rows;
        }

        private static PanelObservation Row(string unit, int year, double outcome, double income, double share) =>
            new PanelObservation(unit, year, outcome, new[] { new KeyValuePair<string, double>("income", income), new KeyValuePair<string, double>("share", share) });

        private static readonly PanelPredictor[] Predictors =
        {
            PanelPredictor.Mean("income", 2000, 2009),
            PanelPredictor.Mean("share", 2005, 2009),
            PanelPredictor.Mean("outcome", 2003, 2003),
            PanelPredictor.Mean("outcome", 2009, 2009),
        };

        private static PanelEstimate Estimate(IEnumerable<PanelObservation> rows, int replications = 0) =>
            PanelEstimator.Estimate(Panel.FromObservations(rows), PanelEstimateOptions.For("T", Start, PanelMethod.SyntheticControl).WithPredictors(Predictors).WithPlaceboReplications(replications));

        [Fact]
        public void Recovers_the_known_mix_and_effect_with_a_balance_table()
        {
            var estimate = Estimate(KnownMix(3), replications: 20);
            var weights = estimate.UnitWeights.ToDictionary(w => w.Unit, w => w.Weight);
            Assert.InRange(weights.GetValueOrDefault("A"), 0.45, 0.55);
            Assert.InRange(weights.GetValueOrDefault("B"), 0.45, 0.55);
            Assert.InRange(estimate.Estimate, 4.5, 5.5);
            Assert.Equal(Predictors.Select(p => p.Name), estimate.PredictorWeights.Select(w => w.Predictor));
            Assert.Equal(Predictors.Select(p => p.Name), estimate.PredictorBalance.Select(b => b.Predictor));
            Assert.All(estimate.PredictorBalance, b => Assert.Equal(b.Treated, b.Synthetic, Math.Abs(b.Treated) * 0.02));
            Assert.Contains("V weights", estimate.Design, StringComparison.Ordinal);
            Assert.NotNull(estimate.StandardError);
            Assert.Contains("Predictors (V weight", estimate.ToString(), StringComparison.Ordinal);

            // Fake starts 2005–2009 keep only the predictors that end before them (the 2003 lag from 2004 on).
            Assert.Equal(new[] { 2005, 2006, 2007, 2008, 2009 }, estimate.PlacebosInTime.Select(p => p.Start));
        }

        [Property(MaxTest = 8)]
        public Property V_and_donor_weights_lie_on_their_simplices_and_donor_order_does_not_matter(PositiveInt seed, int shuffle)
        {
            var rows = KnownMix(seed.Get);
            var order = new[] { "A", "B", "C", "D", "E", "F" }.OrderBy(n => (n.GetHashCode(StringComparison.Ordinal) ^ shuffle) & 0xffff).ThenBy(n => n, StringComparer.Ordinal).ToList();
            var first = Estimate(rows);
            var permuted = Estimate(KnownMix(seed.Get, order));
            return (first.PredictorWeights.All(w => w.Weight >= 0)
                && Math.Abs(first.PredictorWeights.Sum(w => w.Weight) - 1) < 1e-9
                && first.UnitWeights.All(w => w.Weight >= 0)
                && Math.Abs(first.UnitWeights.Sum(w => w.Weight) - 1) < 1e-6
                && Math.Abs(first.Estimate - permuted.Estimate) < 1e-3).ToProperty();
        }

        [Fact]
        public void Bad_predictors_are_refused_with_every_problem_named()
        {
            var panel = Panel.FromObservations(KnownMix(1));
            var options = PanelEstimateOptions.For("T", Start, PanelMethod.SyntheticControl)
                .WithPredictors(new[] { PanelPredictor.Mean("nosuch", 2000, 2005), PanelPredictor.Mean("income", 2008, 2011) });
            var error = Assert.Throws<ArgumentException>(() => PanelEstimator.Estimate(panel, options));
            Assert.Contains("no column 'nosuch'", error.Message, StringComparison.Ordinal);
            Assert.Contains("income 2008–2011", error.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => PanelEstimateOptions.For("T", Start, PanelMethod.SyntheticDifferenceInDifferences).WithPredictors(Predictors));
        }

        [Theory]
        [InlineData("beer:mean:1984-1988", "beer", 1984, 1988)]
        [InlineData("PacksPerCapita:1975", "PacksPerCapita", 1975, 1975)]
        [InlineData("lnincome:1980-1988", "lnincome", 1980, 1988)]
        public void Parses_the_predictor_syntax(string text, string column, int from, int to)
        {
            var predictor = PanelPredictor.Parse(text);
            Assert.Equal((column, from, to), (predictor.Column, predictor.From, predictor.To));
        }

        [Theory]
        [InlineData("beer")]
        [InlineData("beer:median:1984-1988")]
        [InlineData("beer:1988-1984")]
        [InlineData(":1980")]
        public void Refuses_malformed_predictor_text(string text) => Assert.Throws<FormatException>(() => PanelPredictor.Parse(text));
    }
}
