using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Data;
using PolicyRef.Model;
using PolicyRef.Queries.Synthetic;
using Xunit;

namespace PolicyRef.Tests
{
    public class SyntheticControlTests
    {
        private const string Metric = "{ \"id\": \"homicide-rate\", \"name\": \"Homicide rate\", \"appliesTo\": [\"country\"], \"unit\": \"per-100k\", \"temporal\": \"varying\", \"definition\": \"Homicides per 100,000.\", \"min\": 0, \"max\": 500, \"tolerance\": 0.05 }";
        private const string Sources = "{ \"sources\": [ { \"id\": \"synthetic-panel\", \"publisher\": \"Test\", \"title\": \"A constructed panel\", \"accessed\": \"2026-01-01\", \"kind\": \"research\" } ] }";

        [Fact]
        public void Recovers_known_weights_and_effect_when_the_treated_country_is_a_mix_of_donors()
        {
            // Treated = 0.6 × D1 + 0.4 × D2 before 2022, and 10 lower after; the other donors are unrelated.
            var donors = Donors(8, seed: 7);
            var treated = Years.ToDictionary(y => y, y => (0.6 * donors[0][y]) + (0.4 * donors[1][y]) - (y > 2022 ? 10 : 0));
            var reference = Build(treated, donors, comparablePolicyFor: null);
            var result = reference.SyntheticControl(reference.GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2));
            Assert.True(result.IsEstimated, result.Refusal);
            // The penalty (λ = 0.01) moves an exact mix by about a thousandth, towards the nearer donor.
            Assert.Equal(0.6, result.Weights.Single(w => w.Country.Id == "DAA").Weight, 2);
            Assert.Equal(0.4, result.Weights.Single(w => w.Country.Id == "DAB").Weight, 2);
            Assert.All(result.PostGaps, gap => Assert.Equal(-10, gap, 1));
            Assert.True(result.PreRmspe < 0.1);
            Assert.Equal(1, result.Rank);
            Assert.Equal(new[] { 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2023, 2024 }, result.Years);
        }

        [Fact]
        public void Placebos_in_time_are_near_zero_for_an_exact_mix_and_warn_when_a_jump_predates_the_policy()
        {
            var donors = Donors(8, seed: 7);
            var clean = Years.ToDictionary(y => y, y => (0.6 * donors[0][y]) + (0.4 * donors[1][y]) - (y > 2022 ? 10 : 0));
            var reference = Build(clean, donors, comparablePolicyFor: null);
            var result = reference.SyntheticControl(reference.GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2));

            // Seven pre-period years leave two fake starts with five years to fit on: 2020 and 2021.
            Assert.Equal(new[] { 2020, 2021 }, result.PlacebosInTime.Select(p => p.Start));
            Assert.All(result.PlacebosInTime, p => Assert.InRange(p.Estimate, -0.5, 0.5));
            Assert.DoesNotContain(result.Warnings, w => w.StartsWith("Placebo in time", StringComparison.Ordinal));

            // The same drop, but from 2020: the fake starts find it, and the estimate is not informative.
            var early = Years.ToDictionary(y => y, y => (0.6 * donors[0][y]) + (0.4 * donors[1][y]) - (y >= 2020 ? 10 : 0));
            var shifted = Build(early, donors, comparablePolicyFor: null);
            var flagged = shifted.SyntheticControl(shifted.GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2));
            Assert.Contains(flagged.Warnings, w => w.StartsWith("Placebo in time", StringComparison.Ordinal));
            Assert.Equal(PolicyRef.Queries.Estimation.EstimateStatus.NotInformative, flagged.Status);
            Assert.Contains("Placebos in time", flagged.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void No_effect_gives_small_gaps()
        {
            var donors = Donors(8, seed: 11);
            var treated = Years.ToDictionary(y => y, y => (0.3 * donors[2][y]) + (0.7 * donors[5][y]));
            var reference = Build(treated, donors, comparablePolicyFor: null);
            var result = reference.SyntheticControl(reference.GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2));
            Assert.All(result.PostGaps, gap => Assert.InRange(gap, -0.05, 0.05));
        }

        [Fact]
        public void Refuses_with_too_few_donors_or_missing_years()
        {
            var donors = Donors(4, seed: 3);
            var reference = Build(Years.ToDictionary(y => y, y => donors[0][y]), donors, comparablePolicyFor: null);
            var few = reference.SyntheticControl(reference.GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2));
            Assert.False(few.IsEstimated);
            Assert.Contains("at least 5", few.Refusal);
            Assert.Equal(0, few.Rank);
            Assert.Null(few.PValue);
            Assert.Contains("No estimate", few.ToString());
            var longer = reference.SyntheticControl(reference.GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 4));
            Assert.Contains("has no", longer.Refusal);
            Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticControlOptions.Years(4, 1));
        }

        [Fact]
        public void Countries_with_a_comparable_policy_are_left_out_of_the_default_pool_but_not_of_a_chosen_one()
        {
            var donors = Donors(8, seed: 5);
            var reference = Build(Years.ToDictionary(y => y, y => donors[0][y]), donors, comparablePolicyFor: "DAA");
            var result = reference.SyntheticControl(reference.GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2));
            Assert.Contains(result.LeftOut, l => l.StartsWith("DAA: comparable policy", StringComparison.Ordinal));
            Assert.DoesNotContain(result.Weights, w => w.Country.Id == "DAA");
            var chosen = reference.SyntheticControl(reference.GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2).WithDonors("DAA", "DAB", "DAC", "DAD", "DAE"));
            Assert.Equal(1.0, chosen.Weights.Single(w => w.Country.Id == "DAA").Weight, 3);
            Assert.Contains(chosen.Warnings, w => w.StartsWith("DAA was named as a donor but is itself under daa-policy-2021", StringComparison.Ordinal));
        }

        [Fact]
        public void Placebos_with_a_poor_pre_period_fit_are_left_out_of_the_rank()
        {
            var donors = Donors(8, seed: 7);
            var treated = Years.ToDictionary(y => y, y => (0.6 * donors[0][y]) + (0.4 * donors[1][y]) - (y > 2022 ? 10 : 0));
            var reference = Build(treated, donors, comparablePolicyFor: null);
            var strict = reference.SyntheticControl(reference.GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2).WithPoorFitThreshold(1m));
            Assert.Equal(strict.Placebos.Count(p => !p.Excluded), strict.PlacebosRanked);
            Assert.All(strict.Placebos.Where(p => p.Excluded), p => Assert.True(p.PreRmspe > strict.PreRmspe));
            Assert.Equal((double)strict.Rank / (strict.PlacebosRanked + 1), strict.PValue);
        }

        [Fact]
        public void When_several_mixes_fit_exactly_the_penalty_picks_the_nearest_donor_whatever_the_donor_order()
        {
            // DAC is exactly the mix 0.5 DAA + 0.5 DAB, and so is the treated country: (0.5, 0.5, 0) and (0, 0, 1) both fit
            // exactly. The penalised synthetic control prefers the donor that is itself closest: DAC, weight 1.
            var donors = Donors(7, seed: 13);
            donors[2] = Years.ToDictionary(y => y, y => (0.5 * donors[0][y]) + (0.5 * donors[1][y]));
            var treated = Years.ToDictionary(y => y, y => donors[2][y] - (y > 2022 ? 5 : 0));
            var result = Build(treated, donors, comparablePolicyFor: null).SyntheticControl(Build(treated, donors, null).GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2));
            Assert.Equal(1.0, result.Weights.Single(w => w.Country.Id == "DAC").Weight, 3);
            var reversed = Enumerable.Reverse(donors).ToList();
            var again = Build(treated, reversed, null).SyntheticControl(Build(treated, reversed, null).GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2));
            Assert.Equal(1.0, Assert.Single(again.Weights).Weight, 3);
            Assert.Equal(result.Estimate!.Value, again.Estimate!.Value, 3);
            Assert.Equal(-5, result.Estimate!.Value, 2);
        }

        [Fact]
        public void Placebos_may_draw_on_the_treated_country_and_the_cut_off_is_a_multiple_of_the_mspe()
        {
            // DAA is an exact copy of the treated country before 2022: as a placebo it can be rebuilt from the treated country alone.
            var donors = Donors(7, seed: 17);
            var treated = Years.ToDictionary(y => y, y => (0.6 * donors[1][y]) + (0.4 * donors[2][y]) - (y > 2022 ? 10 : 0));
            donors[0] = Years.ToDictionary(y => y, y => treated[y] + (y > 2022 ? 10 : 0));
            var reference = Build(treated, donors, comparablePolicyFor: null);
            var result = reference.SyntheticControl(reference.GetPolicy("ttt-policy-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 2).WithPoorFitThreshold(2m));
            Assert.True(result.Placebos.Single(p => p.Country.Id == "DAA").PreRmspe < 0.05);
            Assert.All(result.Placebos, p => Assert.Equal(p.PreRmspe * p.PreRmspe > 2 * result.PreRmspe * result.PreRmspe, p.Excluded));
            Assert.NotEmpty(result.LeaveOneOut);
        }

        [Property(MaxTest = 60)]
        public Property Weights_are_on_the_simplex_and_fit_no_worse_than_any_single_donor(int seed, PositiveInt periods, PositiveInt count)
        {
            var random = new Random(seed);
            int t = 3 + (periods.Get % 8), n = 1 + (count.Get % 9);
            var x = new double[t, n];
            var y = new double[t];
            for (var i = 0; i < t; i++)
            {
                y[i] = random.NextDouble() * 50;
                for (var j = 0; j < n; j++)
                {
                    x[i, j] = random.NextDouble() * 50;
                }
            }

            var w = SimplexLeastSquares.Solve(x, y);
            double Loss(double[] v) => Enumerable.Range(0, t).Sum(i => Math.Pow(Enumerable.Range(0, n).Sum(j => x[i, j] * v[j]) - y[i], 2));
            var best = Loss(w);
            var vertices = Enumerable.Range(0, n).Select(j => Enumerable.Range(0, n).Select(k => k == j ? 1.0 : 0.0).ToArray());
            return (w.All(v => v >= 0) && Math.Abs(w.Sum() - 1) < 1e-9 && vertices.All(e => best <= Loss(e) + 1e-6) && best <= Loss(Enumerable.Repeat(1.0 / n, n).ToArray()) + 1e-6).ToProperty();
        }

        [Property]
        public Property Projection_lands_on_the_simplex_and_is_idempotent(double[] values)
        {
            var input = (values ?? Array.Empty<double>()).Where(v => !double.IsNaN(v) && !double.IsInfinity(v) && Math.Abs(v) < 1e6).ToArray();
            if (input.Length == 0)
            {
                return true.ToProperty();
            }

            var p = SimplexLeastSquares.ProjectOntoSimplex(input);
            var again = SimplexLeastSquares.ProjectOntoSimplex(p);
            return (p.All(v => v >= 0) && Math.Abs(p.Sum() - 1) < 1e-9 && p.Zip(again, (a, b) => Math.Abs(a - b) < 1e-9).All(ok => ok)).ToProperty();
        }

        private static IEnumerable<int> Years => Enumerable.Range(2015, 10);

        private static List<Dictionary<int, double>> Donors(int count, int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, count).Select(_ =>
            {
                var level = 10 + (random.NextDouble() * 60);
                var trend = (random.NextDouble() - 0.5) * 6;
                return Years.ToDictionary(y => y, y => Math.Max(0.5, level + (trend * (y - 2015)) + (random.NextDouble() * 8)));
            }).ToList();
        }

        private static PolicyReference Build(Dictionary<int, double> treated, List<Dictionary<int, double>> donors, string? comparablePolicyFor)
        {
            var files = new List<DataFile>
            {
                new DataFile("metrics/homicide-rate.json", Encoding.UTF8.GetBytes(Metric)),
                new DataFile("sources/panel.json", Encoding.UTF8.GetBytes(Sources)),
                Country("TTT", treated),
                Policy("TTT", "ttt-policy-2022"),
            };
            files.AddRange(donors.Select((d, i) => Country(DonorCode(i), d)));
            if (comparablePolicyFor is not null)
            {
                files.Add(Policy(comparablePolicyFor, comparablePolicyFor.ToLowerInvariant() + "-policy-2021"));
            }

            return PolicyReference.LoadFiles(files, null, Fixture.Today);
        }

        private static string DonorCode(int index) => "D" + (char)('A' + (index / 26)) + (char)('A' + (index % 26));

        private static DataFile Country(string code, Dictionary<int, double> values)
        {
            var claims = values.Select(p => $"{{ \"metric\": \"homicide-rate\", \"value\": {p.Value.ToString("0.######", CultureInfo.InvariantCulture)}, \"unit\": \"per-100k\", \"period\": \"{p.Key}\", \"source\": \"synthetic-panel\" }}");
            return new DataFile($"countries/{code}.json", Encoding.UTF8.GetBytes($"{{ \"id\": \"{code}\", \"name\": \"Country {code}\", \"region\": \"Test\", \"regionCode\": \"999\", \"claims\": [ {string.Join(",\n", claims)} ] }}"));
        }

        private static DataFile Policy(string code, string id) => new DataFile(
            $"policies/{code}/{id}.json",
            Encoding.UTF8.GetBytes($"{{ \"id\": \"{id}\", \"country\": \"{code}\", \"name\": \"Emergency\", \"kind\": \"state-of-emergency\", \"start\": \"2022-03-27\", \"summary\": \"A test policy.\", \"sources\": [\"synthetic-panel\"] }}"));
    }
}
