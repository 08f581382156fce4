using System;
using System.Linq;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>
    /// Minimises a function without derivatives by the simplex method of Nelder and Mead (1965), with the standard
    /// coefficients (reflection 1, expansion 2, contraction ½, shrink ½).
    /// </summary>
    internal static class NelderMead
    {
        public static (double[] Point, double Value) Minimise(Func<double[], double> function, double[] start, double step, int maxEvaluations, double tolerance)
        {
            var n = start.Length;
            var points = new double[n + 1][];
            var values = new double[n + 1];
            points[0] = (double[])start.Clone();
            for (var i = 0; i < n; i++)
            {
                points[i + 1] = (double[])start.Clone();
                points[i + 1][i] += step;
            }

            var evaluations = 0;
            double Evaluate(double[] x)
            {
                evaluations++;
                return function(x);
            }

            for (var i = 0; i <= n; i++)
            {
                values[i] = Evaluate(points[i]);
            }

            while (evaluations < maxEvaluations)
            {
                var order = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).ToArray();
                points = order.Select(i => points[i]).ToArray();
                values = order.Select(i => values[i]).ToArray();
                if (Math.Abs(values[n] - values[0]) <= tolerance * (Math.Abs(values[0]) + tolerance))
                {
                    break;
                }

                var centroid = new double[n];
                for (var i = 0; i < n; i++)
                {
                    for (var d = 0; d < n; d++)
                    {
                        centroid[d] += points[i][d] / n;
                    }
                }

                double[] Along(double coefficient) => centroid.Select((c, d) => c + (coefficient * (points[n][d] - c))).ToArray();
                var reflected = Along(-1);
                var reflectedValue = Evaluate(reflected);
                if (reflectedValue < values[0])
                {
                    var expanded = Along(-2);
                    var expandedValue = Evaluate(expanded);
                    (points[n], values[n]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
                }
                else if (reflectedValue < values[n - 1])
                {
                    (points[n], values[n]) = (reflected, reflectedValue);
                }
                else
                {
                    var outside = reflectedValue < values[n];
                    var contracted = Along(outside ? -0.5 : 0.5);
                    var contractedValue = Evaluate(contracted);
                    if (contractedValue < (outside ? reflectedValue : values[n]))
                    {
                        (points[n], values[n]) = (contracted, contractedValue);
                    }
                    else
                    {
                        for (var i = 1; i <= n; i++)
                        {
                            points[i] = points[i].Select((x, d) => points[0][d] + (0.5 * (x - points[0][d]))).ToArray();
                            values[i] = Evaluate(points[i]);
                        }
                    }
                }
            }

            var best = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).First();
            return (points[best], values[best]);
        }
    }
}
