using System;
using System.Linq;
using PolicyRef.Queries.Synthetic;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>
    /// The synthetic control with predictors of Abadie, Diamond and Hainmueller (2010): donor weights W minimise the
    /// V-weighted distance between the treated unit's predictors and the donors' mix, and V minimises the pre-period
    /// outcome MSPE of the W it yields (the nested optimisation). Predictors are scaled by their standard deviation across
    /// all units so that V does not depend on their units.
    /// </summary>
    internal sealed class PredictorSyntheticControl
    {
        /// <summary>
        /// The penalty of Abadie and L'Hour (2021) on each donor's own V-weighted predictor distance (λ = 0.001, on
        /// predictors scaled by their standard deviation): small, but large enough that when several mixes match the predictors
        /// (almost) exactly the nearer donors win, the answer is unique and the solver reaches it in its step budget.
        /// </summary>
        internal const double PenaltyWeight = 0.001;

        private const int EvaluationsPerPredictor = 150;
        private const int SearchIterations = 3000;

        private PredictorSyntheticControl(double[] v, double[] w, double mspe)
        {
            V = v;
            W = w;
            Mspe = mspe;
        }

        /// <summary>The predictor weights, non-negative, summing to 1.</summary>
        public double[] V { get; }

        /// <summary>The donor weights, non-negative, summing to 1.</summary>
        public double[] W { get; }

        /// <summary>The pre-period outcome MSPE of <see cref="W"/>.</summary>
        public double Mspe { get; }

        /// <summary>Runs the nested optimisation.</summary>
        /// <param name="x">Predictors × units, the treated unit in the last column (raw values).</param>
        /// <param name="y">Units × periods, the treated unit in the last row.</param>
        /// <param name="preTimes">The pre-period columns of <paramref name="y"/> whose MSPE V minimises.</param>
        public static PredictorSyntheticControl Fit(double[,] x, double[,] y, int preTimes)
        {
            var scaled = Scale(x);
            int k = x.GetLength(0), controls = x.GetLength(1) - 1;
            if (k == 1)
            {
                var only = new[] { 1.0 };
                var weights = WeightsGivenV(scaled, controls, only);
                return new PredictorSyntheticControl(only, weights, PreMspe(y, controls, preTimes, weights));
            }

            // Inside the search W is warm-started from the last one and capped in steps; the final W is solved in full.
            double[]? last = null;
            double Loss(double[] theta)
            {
                last = WeightsGivenV(scaled, controls, Normalise(theta), last, SearchIterations);
                return PreMspe(y, controls, preTimes, last);
            }

            // Two starts, as in R's Synth: equal weights and weights from a regression of the pre-period outcomes on the predictors.
            var starts = new[] { Enumerable.Repeat(1.0 / k, k).ToArray(), RegressionStart(scaled, y, preTimes) };
            var best = starts.Select(s => NelderMead.Minimise(Loss, s, 0.1, EvaluationsPerPredictor * k, 1e-8))
                .OrderBy(r => r.Value).First();
            var v = Normalise(best.Point);
            var w = WeightsGivenV(scaled, controls, v);
            return new PredictorSyntheticControl(v, w, PreMspe(y, controls, preTimes, w));
        }

        /// <summary>Scales each predictor by its standard deviation across all units (1 when they are all equal).</summary>
        public static double[,] Scale(double[,] x)
        {
            int k = x.GetLength(0), units = x.GetLength(1);
            var scaled = new double[k, units];
            for (var p = 0; p < k; p++)
            {
                var mean = Enumerable.Range(0, units).Average(i => x[p, i]);
                var variance = Enumerable.Range(0, units).Sum(i => (x[p, i] - mean) * (x[p, i] - mean)) / Math.Max(1, units - 1);
                var divisor = variance > 0 ? Math.Sqrt(variance) : 1;
                for (var i = 0; i < units; i++)
                {
                    scaled[p, i] = x[p, i] / divisor;
                }
            }

            return scaled;
        }

        /// <summary>
        /// W given V: the simplex weights minimising Σ_p v_p (x₁ₚ − Σ_j x₀ₚⱼ w_j)². Each predictor is centred first, which the
        /// simplex constraint leaves the objective unchanged by and which makes the solver's step far longer.
        /// </summary>
        /// <param name="scaled">Scaled predictors × units; the last <c>units − controls</c> columns hold the target in the first of them.</param>
        /// <param name="controls">The donor columns (the first ones).</param>
        /// <param name="v">The predictor weights.</param>
        public static double[] WeightsGivenV(double[,] scaled, int controls, double[] v) => WeightsGivenV(scaled, controls, v, null, SimplexLeastSquares.MaxIterations);

        /// <summary>W given V from a warm start, with at most <paramref name="maxIterations"/> solver steps.</summary>
        public static double[] WeightsGivenV(double[,] scaled, int controls, double[] v, double[]? start, int maxIterations)
        {
            var k = scaled.GetLength(0);
            var rows = new double[k, controls];
            var target = new double[k];
            var penalty = new double[controls];
            for (var p = 0; p < k; p++)
            {
                var centre = Enumerable.Range(0, controls + 1).Average(i => scaled[p, i]);
                var root = Math.Sqrt(v[p]);
                target[p] = root * (scaled[p, controls] - centre);
                for (var j = 0; j < controls; j++)
                {
                    rows[p, j] = root * (scaled[p, j] - centre);
                    penalty[j] += PenaltyWeight * v[p] * (scaled[p, controls] - scaled[p, j]) * (scaled[p, controls] - scaled[p, j]);
                }
            }

            return SimplexLeastSquares.Solve(rows, target, penalty, start, maxIterations, Curvature(rows));
        }

        /// <summary>λmax(XᵀX) by power iteration: far tighter than the Frobenius bound when donors are alike, so the solver steps further.</summary>
        private static double Curvature(double[,] rows)
        {
            int k = rows.GetLength(0), n = rows.GetLength(1);
            var vector = Enumerable.Repeat(1.0 / Math.Sqrt(n), n).ToArray();
            var estimate = 0.0;
            for (var iteration = 0; iteration < 50; iteration++)
            {
                var image = new double[k];
                for (var p = 0; p < k; p++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        image[p] += rows[p, j] * vector[j];
                    }
                }

                var next = new double[n];
                for (var j = 0; j < n; j++)
                {
                    for (var p = 0; p < k; p++)
                    {
                        next[j] += rows[p, j] * image[p];
                    }
                }

                var norm = Math.Sqrt(next.Sum(a => a * a));
                if (norm == 0)
                {
                    return 0;
                }

                var previous = estimate;
                estimate = norm;
                vector = next.Select(a => a / norm).ToArray();
                if (Math.Abs(estimate - previous) <= 1e-9 * estimate)
                {
                    break;
                }
            }

            return estimate;
        }

        /// <summary>The mean squared gap over the first <paramref name="preTimes"/> periods between the target row (<paramref name="controls"/>) and the weighted controls.</summary>
        public static double PreMspe(double[,] y, int controls, int preTimes, double[] w)
        {
            var sum = 0.0;
            for (var t = 0; t < preTimes; t++)
            {
                var synthetic = 0.0;
                for (var j = 0; j < controls; j++)
                {
                    synthetic += w[j] * y[j, t];
                }

                sum += (y[controls, t] - synthetic) * (y[controls, t] - synthetic);
            }

            return sum / preTimes;
        }

        /// <summary>V from a parameter vector: absolute values over their sum (equal when all are zero).</summary>
        public static double[] Normalise(double[] theta)
        {
            var total = theta.Sum(Math.Abs);
            return total > 0 ? theta.Select(t => Math.Abs(t) / total).ToArray() : Enumerable.Repeat(1.0 / theta.Length, theta.Length).ToArray();
        }

        /// <summary>
        /// A data-driven start: regress every unit's pre-period outcomes on its scaled predictors (with an intercept) and weight
        /// each predictor by the sum of its squared coefficients, so predictors that explain the outcome start heavier.
        /// </summary>
        private static double[] RegressionStart(double[,] scaled, double[,] y, int preTimes)
        {
            int k = scaled.GetLength(0), units = scaled.GetLength(1);
            var design = new double[units, k + 1];
            for (var i = 0; i < units; i++)
            {
                design[i, 0] = 1;
                for (var p = 0; p < k; p++)
                {
                    design[i, p + 1] = scaled[p, i];
                }
            }

            // Normal equations with a small ridge so that collinear predictors (lags of one outcome) still solve.
            var gram = new double[k + 1, k + 1];
            for (var a = 0; a <= k; a++)
            {
                for (var b = 0; b <= k; b++)
                {
                    gram[a, b] = Enumerable.Range(0, units).Sum(i => design[i, a] * design[i, b]) + (a == b && a > 0 ? 1e-8 * units : 0);
                }
            }

            var weights = new double[k];
            for (var t = 0; t < preTimes; t++)
            {
                var right = Enumerable.Range(0, k + 1).Select(a => Enumerable.Range(0, units).Sum(i => design[i, a] * y[i, t])).ToArray();
                var beta = Solve((double[,])gram.Clone(), right);
                if (beta is null)
                {
                    return Enumerable.Repeat(1.0 / k, k).ToArray();
                }

                for (var p = 0; p < k; p++)
                {
                    weights[p] += beta[p + 1] * beta[p + 1];
                }
            }

            return Normalise(weights);
        }

        /// <summary>Gaussian elimination with partial pivoting; null when the matrix is singular.</summary>
        private static double[]? Solve(double[,] a, double[] b)
        {
            var n = b.Length;
            for (var c = 0; c < n; c++)
            {
                var pivot = Enumerable.Range(c, n - c).OrderByDescending(r => Math.Abs(a[r, c])).First();
                if (Math.Abs(a[pivot, c]) < 1e-300)
                {
                    return null;
                }

                for (var j = 0; j < n; j++)
                {
                    (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
                }

                (b[c], b[pivot]) = (b[pivot], b[c]);
                for (var r = c + 1; r < n; r++)
                {
                    var factor = a[r, c] / a[c, c];
                    for (var j = c; j < n; j++)
                    {
                        a[r, j] -= factor * a[c, j];
                    }

                    b[r] -= factor * b[c];
                }
            }

            var solution = new double[n];
            for (var r = n - 1; r >= 0; r--)
            {
                solution[r] = (b[r] - Enumerable.Range(r + 1, n - r - 1).Sum(j => a[r, j] * solution[j])) / a[r, r];
            }

            return solution;
        }
    }
}
