using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>Builds the predictors × units matrix of a synthetic control from a panel, checking every predictor at once.</summary>
    internal static class PredictorMatrix
    {
        /// <param name="panel">The panel.</param>
        /// <param name="order">Unit indices, controls first, the treated unit last.</param>
        /// <param name="predictors">The predictors.</param>
        /// <param name="start">The first treated period; every range must end before it.</param>
        /// <exception cref="ArgumentException">A column is not in the panel, a range leaves the pre-period, or a unit has no value in a range.</exception>
        public static double[,] Build(Panel panel, IReadOnlyList<int> order, IReadOnlyList<PanelPredictor> predictors, int start)
        {
            var problems = new List<string>();
            var result = new double[predictors.Count, order.Count];
            for (var p = 0; p < predictors.Count; p++)
            {
                var predictor = predictors[p];
                var column = panel.Column(predictor.Column);
                if (column is null)
                {
                    problems.Add($"predictor {predictor.Name}: no column '{predictor.Column}' (the outcome is '{panel.OutcomeName}'{(panel.Covariates.IsEmpty ? ", no covariates were read" : ", covariates: " + string.Join(", ", panel.Covariates))}).");
                    continue;
                }

                if (predictor.From < panel.Times[0] || predictor.To >= start)
                {
                    problems.Add(Invariant($"predictor {predictor.Name}: the range must lie inside the pre-period {panel.Times[0]}–{start - 1}; a predictor from the treated periods would carry the effect into the weights."));
                    continue;
                }

                var periods = Enumerable.Range(0, panel.Times.Length).Where(t => panel.Times[t] >= predictor.From && panel.Times[t] <= predictor.To).ToList();
                var empty = new List<string>();
                for (var i = 0; i < order.Count; i++)
                {
                    var cells = periods.Select(t => column[order[i], t]).Where(v => !double.IsNaN(v)).ToList();
                    if (cells.Count == 0)
                    {
                        empty.Add(panel.Units[order[i]]);
                    }
                    else
                    {
                        result[p, i] = cells.Average();
                    }
                }

                if (empty.Count > 0)
                {
                    problems.Add($"predictor {predictor.Name}: no value in the range for {string.Join(", ", empty.Take(8))}{(empty.Count > 8 ? $" and {empty.Count - 8} more" : string.Empty)}.");
                }
            }

            return problems.Count > 0 ? throw new ArgumentException($"{panel.Source}: " + string.Join(" ", problems)) : result;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
