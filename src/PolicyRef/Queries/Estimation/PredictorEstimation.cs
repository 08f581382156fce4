using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>
    /// The synthetic control with predictors on a panel: the nested fit, its placebo standard error (V held at the
    /// treated unit's, W refitted for each placebo) and its placebos in time (V chosen afresh on the predictors that end
    /// before each fake start).
    /// </summary>
    internal sealed class PredictorEstimation
    {
        private PredictorEstimation(PanelFit fit, double? standardError, ImmutableArray<PlaceboStart> placebosInTime, ImmutableArray<PredictorWeight> weights, ImmutableArray<PredictorBalance> balance)
        {
            Fit = fit;
            StandardError = standardError;
            PlacebosInTime = placebosInTime;
            Weights = weights;
            Balance = balance;
        }

        public PanelFit Fit { get; }

        public double? StandardError { get; }

        public ImmutableArray<PlaceboStart> PlacebosInTime { get; }

        public ImmutableArray<PredictorWeight> Weights { get; }

        public ImmutableArray<PredictorBalance> Balance { get; }

        public static PredictorEstimation Run(Panel panel, PanelEstimateOptions options, IReadOnlyList<int> order, double[,] y, int controls, int preTimes)
        {
            var predictors = options.Predictors;
            var x = PredictorMatrix.Build(panel, order, predictors, options.Start);
            var nested = PredictorSyntheticControl.Fit(x, y, preTimes);
            var fit = PanelFit.FromUnitWeights(y, controls, preTimes, nested.W);
            var standardError = options.PlaceboReplications >= 2 && controls > 2 ? StandardErrorWithFixedV(options, x, y, controls, preTimes, nested.V) : (double?)null;
            var weights = predictors.Select((p, k) => new PredictorWeight(p.Name, nested.V[k])).ToImmutableArray();
            var balance = predictors.Select((p, k) => new PredictorBalance(
                p.Name,
                x[k, controls],
                Enumerable.Range(0, controls).Sum(j => nested.W[j] * x[k, j]),
                Enumerable.Range(0, controls).Average(j => x[k, j]))).ToImmutableArray();
            return new PredictorEstimation(fit, standardError, FakeStarts(panel, options, order, y, preTimes), weights, balance);
        }

        /// <summary>The placebo draws of <see cref="PanelEstimator"/> (same seed, same permutations), with W refitted on the predictors under the treated unit's V.</summary>
        private static double StandardErrorWithFixedV(PanelEstimateOptions options, double[,] x, double[,] y, int controls, int preTimes, double[] v)
        {
            var random = new Random(options.Seed);
            int times = y.GetLength(1), k = x.GetLength(0);
            var estimates = new double[options.PlaceboReplications];
            for (var r = 0; r < estimates.Length; r++)
            {
                var permutation = Enumerable.Range(0, controls).ToArray();
                for (var m = permutation.Length - 1; m > 0; m--)
                {
                    var j = random.Next(m + 1);
                    (permutation[m], permutation[j]) = (permutation[j], permutation[m]);
                }

                var placeboY = new double[controls, times];
                var placeboX = new double[k, controls];
                for (var i = 0; i < controls; i++)
                {
                    for (var t = 0; t < times; t++)
                    {
                        placeboY[i, t] = y[permutation[i], t];
                    }

                    for (var p = 0; p < k; p++)
                    {
                        placeboX[p, i] = x[p, permutation[i]];
                    }
                }

                var w = PredictorSyntheticControl.WeightsGivenV(PredictorSyntheticControl.Scale(placeboX), controls - 1, v);
                estimates[r] = PanelFit.FromUnitWeights(placeboY, controls - 1, preTimes, w).Estimate;
            }

            var mean = estimates.Average();
            var variance = estimates.Sum(e => (e - mean) * (e - mean)) / (estimates.Length - 1);
            return Math.Sqrt((estimates.Length - 1.0) / estimates.Length * variance);
        }

        /// <summary>Fake starts leaving at least 5 earlier periods, on pre-period data only; a fake start before which no predictor ends is skipped.</summary>
        private static ImmutableArray<PlaceboStart> FakeStarts(Panel panel, PanelEstimateOptions options, IReadOnlyList<int> order, double[,] y, int preTimes)
        {
            var result = new List<PlaceboStart>();
            for (var fakeStart = 5; fakeStart < preTimes; fakeStart++)
            {
                var start = panel.Times[fakeStart];
                var retained = options.Predictors.Where(p => p.To < start).ToList();
                if (retained.Count == 0)
                {
                    continue;
                }

                var pre = new double[y.GetLength(0), preTimes];
                for (var i = 0; i < y.GetLength(0); i++)
                {
                    for (var t = 0; t < preTimes; t++)
                    {
                        pre[i, t] = y[i, t];
                    }
                }

                var x = PredictorMatrix.Build(panel, order, retained, start);
                var nested = PredictorSyntheticControl.Fit(x, pre, fakeStart);
                result.Add(new PlaceboStart(start, PanelFit.FromUnitWeights(pre, y.GetLength(0) - 1, fakeStart, nested.W).Estimate));
            }

            return result.ToImmutableArray();
        }
    }
}
