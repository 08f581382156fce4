using System;
using System.Linq;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>
    /// The weights and estimate of one method on an outcome matrix whose first <c>controls</c> rows are control units and
    /// whose first <c>preTimes</c> columns are pre-treatment periods (the design of Arkhangelsky et al. 2021, section 2).
    /// </summary>
    internal sealed class PanelFit
    {
        private const int IterationsBeforeSparsifying = 100;
        private const int MaxIterations = 10000;

        private PanelFit(double[] unitWeights, double[] timeWeights, double estimate)
        {
            UnitWeights = unitWeights;
            TimeWeights = timeWeights;
            Estimate = estimate;
        }

        /// <summary>ω: one weight per control unit, summing to one.</summary>
        public double[] UnitWeights { get; }

        /// <summary>λ: one weight per pre-period (all zero for the synthetic control), summing to one otherwise.</summary>
        public double[] TimeWeights { get; }

        /// <summary>The weighted double difference τ.</summary>
        public double Estimate { get; }

        /// <summary>The standard deviation of the controls' first differences over the pre-period, the scale of the regularisation.</summary>
        public static double NoiseLevel(double[,] y, int controls, int preTimes)
        {
            var differences = Enumerable.Range(0, controls).SelectMany(i => Enumerable.Range(1, preTimes - 1).Select(t => y[i, t] - y[i, t - 1])).ToList();
            if (differences.Count < 2)
            {
                return 0;
            }

            var mean = differences.Average();
            return Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (differences.Count - 1));
        }

        /// <summary>The regularisation of the unit weights: (treated units × post-periods)^¼ × noise for synthetic DiD, 10⁻⁶ × noise for the synthetic control.</summary>
        public static (double Omega, double Lambda) Zeta(PanelMethod method, double[,] y, int controls, int preTimes)
        {
            var noise = NoiseLevel(y, controls, preTimes);
            var treated = y.GetLength(0) - controls;
            var post = y.GetLength(1) - preTimes;
            return method == PanelMethod.SyntheticDifferenceInDifferences ? (Math.Pow(treated * post, 0.25) * noise, 1e-6 * noise) : (1e-6 * noise, 1e-6 * noise);
        }

        public static PanelFit Run(PanelMethod method, double[,] y, int controls, int preTimes, (double Omega, double Lambda) zeta, double minDecrease, double[]? startOmega = null, double[]? startLambda = null)
        {
            var collapsed = Collapse(y, controls, preTimes);
            double[] omega, lambda;
            switch (method)
            {
                case PanelMethod.DifferenceInDifferences:
                    omega = Uniform(controls);
                    lambda = Uniform(preTimes);
                    break;
                case PanelMethod.SyntheticControl:
                    lambda = new double[preTimes];
                    omega = Weights(UnitProblem(collapsed, controls, preTimes), zeta.Omega, false, startOmega ?? Uniform(controls), minDecrease);
                    break;
                default:
                    lambda = Weights(TimeProblem(collapsed, controls, preTimes), zeta.Lambda, true, startLambda ?? Uniform(preTimes), minDecrease);
                    omega = Weights(UnitProblem(collapsed, controls, preTimes), zeta.Omega, true, startOmega ?? Uniform(controls), minDecrease);
                    break;
            }

            return new PanelFit(omega, lambda, DoubleDifference(y, controls, preTimes, omega, lambda));
        }

        /// <summary>The synthetic control with donor weights chosen elsewhere (from predictors): no time weights.</summary>
        public static PanelFit FromUnitWeights(double[,] y, int controls, int preTimes, double[] omega)
        {
            var lambda = new double[preTimes];
            return new PanelFit(omega, lambda, DoubleDifference(y, controls, preTimes, omega, lambda));
        }

        // τ = (treated mean − ω-weighted controls) after, minus the same λ-weighted before.
        private static double DoubleDifference(double[,] y, int controls, int preTimes, double[] omega, double[] lambda)
        {
            int units = y.GetLength(0), times = y.GetLength(1);
            var estimate = 0.0;
            for (var i = 0; i < units; i++)
            {
                var unitWeight = i < controls ? -omega[i] : 1.0 / (units - controls);
                for (var t = 0; t < times; t++)
                {
                    var timeWeight = t < preTimes ? -lambda[t] : 1.0 / (times - preTimes);
                    estimate += unitWeight * timeWeight * y[i, t];
                }
            }

            return estimate;
        }

        private static double[] Weights(double[,] problem, double zeta, bool intercept, double[] start, double minDecrease)
        {
            var first = FrankWolfeWeights.Solve(problem, zeta, intercept, start, minDecrease, IterationsBeforeSparsifying);
            return FrankWolfeWeights.Solve(problem, zeta, intercept, FrankWolfeWeights.Sparsify(first), minDecrease, MaxIterations);
        }

        private static double[] Uniform(int count) => Enumerable.Repeat(1.0 / count, count).ToArray();

        /// <summary>Controls' rows, treated rows averaged into one; pre columns, post columns averaged into one.</summary>
        private static double[,] Collapse(double[,] y, int controls, int preTimes)
        {
            int units = y.GetLength(0), times = y.GetLength(1);
            var collapsed = new double[controls + 1, preTimes + 1];
            for (var i = 0; i < units; i++)
            {
                var row = Math.Min(i, controls);
                var rowShare = i < controls ? 1.0 : 1.0 / (units - controls);
                for (var t = 0; t < times; t++)
                {
                    var column = Math.Min(t, preTimes);
                    var columnShare = t < preTimes ? 1.0 : 1.0 / (times - preTimes);
                    collapsed[row, column] += rowShare * columnShare * y[i, t];
                }
            }

            return collapsed;
        }

        /// <summary>Rows: pre-periods; columns: controls, then the treated mean as target.</summary>
        private static double[,] UnitProblem(double[,] collapsed, int controls, int preTimes)
        {
            var problem = new double[preTimes, controls + 1];
            for (var t = 0; t < preTimes; t++)
            {
                for (var i = 0; i <= controls; i++)
                {
                    problem[t, i] = collapsed[i, t];
                }
            }

            return problem;
        }

        /// <summary>Rows: controls; columns: pre-periods, then the post mean as target.</summary>
        private static double[,] TimeProblem(double[,] collapsed, int controls, int preTimes)
        {
            var problem = new double[controls, preTimes + 1];
            for (var i = 0; i < controls; i++)
            {
                for (var t = 0; t <= preTimes; t++)
                {
                    problem[i, t] = collapsed[i, t];
                }
            }

            return problem;
        }
    }
}
