using System;
using System.Linq;

namespace PolicyRef.Queries.Synthetic
{
    /// <summary>
    /// Minimises ‖X w − y‖² + Σ penalty_j w_j over weights w ≥ 0 with Σw = 1 (with the penalty of Abadie and L'Hour 2021 the answer is unique when several mixes fit exactly) by accelerated projected gradient descent (FISTA with adaptive restart), projecting
    /// onto the probability simplex with the sort-based method of Duchi et al. (2008).
    /// </summary>
    internal static class SimplexLeastSquares
    {
        public const int MaxIterations = 20000;
        public const double Tolerance = 1e-10;

        /// <param name="x">Rows are periods, columns are donors.</param>
        /// <param name="y">The treated unit's values per period.</param>
        /// <param name="penalty">A linear cost per donor; null for plain least squares.</param>
        /// <param name="start">Weights on the simplex to start from (a warm start); null for equal weights.</param>
        /// <param name="maxIterations">The most iterations.</param>
        /// <param name="curvature">λmax(XᵀX) when the caller knows it (a far longer safe step); null for the Frobenius bound.</param>
        public static double[] Solve(double[,] x, double[] y, double[]? penalty = null, double[]? start = null, int maxIterations = MaxIterations, double? curvature = null)
        {
            int periods = x.GetLength(0), donors = x.GetLength(1);
            if (periods != y.Length || donors == 0)
            {
                throw new ArgumentException("X must have a row per value of y and at least one column.");
            }

            // The gradient 2Xᵀ(Xw − y) is Lipschitz with 2λmax(XᵀX) ≤ 2‖X‖²_F, so 1/(2‖X‖²_F) is a safe step.
            var lipschitz = 0.0;
            for (var i = 0; i < periods; i++)
            {
                for (var j = 0; j < donors; j++)
                {
                    lipschitz += x[i, j] * x[i, j];
                }
            }

            lipschitz = curvature is { } known && known > 0 ? Math.Min(known * 1.01, lipschitz) : lipschitz;
            var step = lipschitz > 0 ? 1 / (2 * lipschitz) : 1;
            var w = new double[donors];
            var z = new double[donors];
            var next = new double[donors];
            var residual = new double[periods];
            var scratch = new double[donors];
            for (var j = 0; j < donors; j++)
            {
                w[j] = z[j] = start is null ? 1.0 / donors : start[j];
            }

            var t = 1.0;
            for (var iteration = 0; iteration < maxIterations; iteration++)
            {
                for (var i = 0; i < periods; i++)
                {
                    var fitted = 0.0;
                    for (var j = 0; j < donors; j++)
                    {
                        fitted += x[i, j] * z[j];
                    }

                    residual[i] = fitted - y[i];
                }

                for (var j = 0; j < donors; j++)
                {
                    var gradient = penalty is null ? 0.0 : penalty[j];
                    for (var i = 0; i < periods; i++)
                    {
                        gradient += 2 * x[i, j] * residual[i];
                    }

                    next[j] = z[j] - (step * gradient);
                }

                Project(next, scratch);

                // Adaptive restart (O'Donoghue and Candès 2015): drop the momentum when it points uphill.
                var uphill = 0.0;
                for (var j = 0; j < donors; j++)
                {
                    uphill += (z[j] - next[j]) * (next[j] - w[j]);
                }

                if (uphill > 0)
                {
                    t = 1;
                }

                var tNext = (1 + Math.Sqrt(1 + (4 * t * t))) / 2;
                var change = 0.0;
                for (var j = 0; j < donors; j++)
                {
                    z[j] = next[j] + ((t - 1) / tNext * (next[j] - w[j]));
                    change = Math.Max(change, Math.Abs(next[j] - w[j]));
                    w[j] = next[j];
                }

                t = tNext;
                if (change < Tolerance)
                {
                    break;
                }
            }

            return w;
        }

        public static double[] ProjectOntoSimplex(double[] v)
        {
            var result = (double[])v.Clone();
            Project(result, new double[v.Length]);
            return result;
        }

        /// <summary>Projects <paramref name="v"/> onto the simplex in place; <paramref name="scratch"/> is working space of the same length.</summary>
        private static void Project(double[] v, double[] scratch)
        {
            Array.Copy(v, scratch, v.Length);
            Array.Sort(scratch);
            double cumulative = 0, theta = 0;
            for (var k = 0; k < scratch.Length; k++)
            {
                var value = scratch[scratch.Length - 1 - k];
                cumulative += value;
                var candidate = (cumulative - 1) / (k + 1);
                if (value - candidate > 0)
                {
                    theta = candidate;
                }
            }

            for (var j = 0; j < v.Length; j++)
            {
                v[j] = Math.Max(v[j] - theta, 0);
            }
        }
    }
}
