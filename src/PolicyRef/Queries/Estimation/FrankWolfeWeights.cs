using System;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>
    /// Simplex weights by Frank-Wolfe with a ridge term, the solver of Arkhangelsky et al. (2021): minimises
    /// ζ²‖w‖² + ‖A w − b‖² / rows over w ≥ 0, Σw = 1, where the last column of the matrix is b and the others are A.
    /// With ζ &gt; 0 the objective is strictly convex, so the answer is unique even when several mixes fit exactly.
    /// </summary>
    internal static class FrankWolfeWeights
    {
        public static double[] Solve(double[,] matrix, double zeta, bool intercept, double[] start, double minDecrease, int maxIterations)
        {
            int rows = matrix.GetLength(0), columns = matrix.GetLength(1) - 1;
            var y = (double[,])matrix.Clone();
            if (intercept)
            {
                // Centring each column absorbs a constant shift (a unit or period fixed effect).
                for (var j = 0; j <= columns; j++)
                {
                    var mean = 0.0;
                    for (var i = 0; i < rows; i++)
                    {
                        mean += y[i, j];
                    }

                    mean /= rows;
                    for (var i = 0; i < rows; i++)
                    {
                        y[i, j] -= mean;
                    }
                }
            }

            var w = (double[])start.Clone();
            var eta = rows * zeta * zeta;
            var ax = new double[rows];
            var previous = double.PositiveInfinity;
            for (var iteration = 0; iteration < maxIterations; iteration++)
            {
                Multiply(y, w, columns, ax);
                var best = 0;
                var bestGradient = double.PositiveInfinity;
                for (var j = 0; j < columns; j++)
                {
                    var gradient = eta * w[j];
                    for (var i = 0; i < rows; i++)
                    {
                        gradient += (ax[i] - y[i, columns]) * y[i, j];
                    }

                    if (gradient < bestGradient)
                    {
                        bestGradient = gradient;
                        best = j;
                    }
                }

                // Exact line search towards the best vertex: the minimum of the objective along w + s(e_best − w), s in [0, 1].
                double numerator = 0, errorNorm = 0, directionNorm = 0;
                for (var i = 0; i < rows; i++)
                {
                    var direction = y[i, best] - ax[i];
                    numerator -= (ax[i] - y[i, columns]) * direction;
                    errorNorm += direction * direction;
                }

                for (var j = 0; j < columns; j++)
                {
                    // The ridge term's slope along the direction belongs in the line search too.
                    var d = (j == best ? 1 : 0) - w[j];
                    directionNorm += d * d;
                    numerator -= eta * w[j] * d;
                }

                if (directionNorm > 0)
                {
                    var step = Math.Min(1, Math.Max(0, numerator / (errorNorm + (eta * directionNorm))));
                    for (var j = 0; j < columns; j++)
                    {
                        w[j] += step * ((j == best ? 1 : 0) - w[j]);
                    }
                }

                Multiply(y, w, columns, ax);
                var value = 0.0;
                for (var j = 0; j < columns; j++)
                {
                    value += zeta * zeta * w[j] * w[j];
                }

                for (var i = 0; i < rows; i++)
                {
                    value += (ax[i] - y[i, columns]) * (ax[i] - y[i, columns]) / rows;
                }

                // Stop when the objective fell by less than minDecrease² between the last two steps (as synthdid does).
                if (iteration >= 1 && previous - value <= minDecrease * minDecrease)
                {
                    break;
                }

                previous = value;
            }

            return w;
        }

        /// <summary>Zeroes weights at or below a quarter of the largest and renormalises, so that the refit starts sparse.</summary>
        public static double[] Sparsify(double[] weights)
        {
            var max = 0.0;
            foreach (var v in weights)
            {
                max = Math.Max(max, v);
            }

            var result = new double[weights.Length];
            var sum = 0.0;
            for (var j = 0; j < weights.Length; j++)
            {
                result[j] = weights[j] <= max / 4 ? 0 : weights[j];
                sum += result[j];
            }

            return Normalise(result, sum);
        }

        /// <summary>Weights scaled to sum to one; uniform when they sum to zero.</summary>
        public static double[] Normalise(double[] weights, double sum)
        {
            var result = new double[weights.Length];
            for (var j = 0; j < weights.Length; j++)
            {
                result[j] = sum != 0 ? weights[j] / sum : 1.0 / weights.Length;
            }

            return result;
        }

        private static void Multiply(double[,] y, double[] w, int columns, double[] result)
        {
            for (var i = 0; i < result.Length; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < columns; j++)
                {
                    sum += y[i, j] * w[j];
                }

                result[i] = sum;
            }
        }
    }
}
