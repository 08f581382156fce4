using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>
    /// Difference-in-differences, synthetic control and synthetic difference-in-differences on any balanced panel with one
    /// treated unit, in the common weighted double-difference form of Arkhangelsky, Athey, Hirshberg, Imbens and Wager
    /// (2021), with placebo standard errors (their algorithm 4), an event study, a pre-trend test and placebos in time.
    /// </summary>
    public static class PanelEstimator
    {
        /// <summary>Estimates the average effect over the post-period.</summary>
        /// <param name="panel">The panel.</param>
        /// <param name="options">Treated unit, start, method, placebo draws.</param>
        /// <returns>The estimate with its weights, diagnostics, standard error and status.</returns>
        /// <exception cref="ArgumentException">The treated unit or start is not in the panel, or leaves no pre- or post-period.</exception>
        public static PanelEstimate Estimate(Panel panel, PanelEstimateOptions options)
        {
            if (panel is null || options is null)
            {
                throw new ArgumentNullException(panel is null ? nameof(panel) : nameof(options));
            }

            var treatedIndex = panel.Units.IndexOf(options.TreatedUnit);
            if (treatedIndex < 0)
            {
                throw new ArgumentException($"{panel.Source}: no unit '{options.TreatedUnit}' (units: {string.Join(", ", panel.Units.Take(8))}{(panel.Units.Length > 8 ? ", …" : string.Empty)}).");
            }

            var preTimes = panel.Times.Count(t => t < options.Start);
            if (!panel.Times.Contains(options.Start))
            {
                throw new ArgumentException($"{panel.Source}: no period {options.Start} (periods {panel.Times[0]}–{panel.Times[panel.Times.Length - 1]}).");
            }

            var minimumPre = options.Method == PanelMethod.DifferenceInDifferences ? 1 : 2;
            if (preTimes < minimumPre)
            {
                throw new ArgumentException($"{panel.Source}: {options.Start} leaves {preTimes} pre-period(s); the method needs at least {minimumPre}.");
            }

            var order = Enumerable.Range(0, panel.Units.Length).Where(i => i != treatedIndex).Append(treatedIndex).ToList();
            var controls = order.Count - 1;
            var y = panel.Matrix(order);
            if (!options.Predictors.IsEmpty)
            {
                var withPredictors = PredictorEstimation.Run(panel, options, order, y, controls, preTimes);
                return PanelEstimateBuilder.Build(panel, options, order, y, controls, preTimes, withPredictors.Fit, withPredictors.StandardError, withPredictors.PlacebosInTime, PanelFit.NoiseLevel(y, controls, preTimes), withPredictors.Weights, withPredictors.Balance);
            }

            var zeta = PanelFit.Zeta(options.Method, y, controls, preTimes);
            var minDecrease = 1e-5 * PanelFit.NoiseLevel(y, controls, preTimes);
            var fit = PanelFit.Run(options.Method, y, controls, preTimes, zeta, minDecrease);
            var standardError = options.PlaceboReplications >= 2 && controls > 1 ? PlaceboStandardError(options, y, controls, preTimes, zeta, minDecrease, fit) : (double?)null;
            var placebosInTime = PlacebosInTime(options.Method, y, controls, preTimes, panel.Times);
            return PanelEstimateBuilder.Build(panel, options, order, y, controls, preTimes, fit, standardError, placebosInTime, PanelFit.NoiseLevel(y, controls, preTimes), ImmutableArray<PredictorWeight>.Empty, ImmutableArray<PredictorBalance>.Empty);
        }

        /// <summary>Each control in turn plays the treated unit among the others, weights refitted (algorithm 4 of Arkhangelsky et al.).</summary>
        private static double PlaceboStandardError(PanelEstimateOptions options, double[,] y, int controls, int preTimes, (double, double) zeta, double minDecrease, PanelFit fit)
        {
            var random = new Random(options.Seed);
            var times = y.GetLength(1);
            var estimates = new double[options.PlaceboReplications];
            for (var r = 0; r < estimates.Length; r++)
            {
                var permutation = Enumerable.Range(0, controls).ToArray();
                for (var k = permutation.Length - 1; k > 0; k--)
                {
                    var j = random.Next(k + 1);
                    (permutation[k], permutation[j]) = (permutation[j], permutation[k]);
                }

                var placebo = new double[controls, times];
                for (var i = 0; i < controls; i++)
                {
                    for (var t = 0; t < times; t++)
                    {
                        placebo[i, t] = y[permutation[i], t];
                    }
                }

                var start = permutation.Take(controls - 1).Select(i => fit.UnitWeights[i]).ToArray();
                var startOmega = FrankWolfeWeights.Normalise(start, start.Sum());
                estimates[r] = PanelFit.Run(options.Method, placebo, controls - 1, preTimes, zeta, minDecrease, startOmega, fit.TimeWeights.Sum() > 0 ? fit.TimeWeights : null).Estimate;
            }

            var mean = estimates.Average();
            var variance = estimates.Sum(e => (e - mean) * (e - mean)) / (estimates.Length - 1);
            return Math.Sqrt((estimates.Length - 1.0) / estimates.Length * variance);
        }

        /// <summary>Fake starts inside the pre-period, each fitted on the pre-period only, leaving at least as many earlier periods as the method needs (2, or 5 for weighted methods).</summary>
        private static ImmutableArray<PlaceboStart> PlacebosInTime(PanelMethod method, double[,] y, int controls, int preTimes, ImmutableArray<int> times)
        {
            var minimum = method == PanelMethod.DifferenceInDifferences ? 2 : 5;
            var result = new List<PlaceboStart>();
            for (var fakeStart = minimum; fakeStart < preTimes; fakeStart++)
            {
                var pre = new double[y.GetLength(0), preTimes];
                for (var i = 0; i < y.GetLength(0); i++)
                {
                    for (var t = 0; t < preTimes; t++)
                    {
                        pre[i, t] = y[i, t];
                    }
                }

                var zeta = PanelFit.Zeta(method, pre, controls, fakeStart);
                var fit = PanelFit.Run(method, pre, controls, fakeStart, zeta, 1e-5 * PanelFit.NoiseLevel(pre, controls, fakeStart));
                result.Add(new PlaceboStart(times[fakeStart], fit.Estimate));
            }

            return result.ToImmutableArray();
        }
    }
}
