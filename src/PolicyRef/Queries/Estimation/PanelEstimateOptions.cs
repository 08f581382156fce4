using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>Which unit is treated from when, by which method, and how the placebo standard error is drawn. Immutable; <c>With…</c> returns copies.</summary>
    public sealed class PanelEstimateOptions
    {
        private PanelEstimateOptions(string treatedUnit, int start, PanelMethod method, int replications, int seed, ImmutableArray<PanelPredictor> predictors)
        {
            Predictors = predictors;
            TreatedUnit = treatedUnit;
            Start = start;
            Method = method;
            PlaceboReplications = replications;
            Seed = seed;
        }

        /// <summary>The treated unit.</summary>
        public string TreatedUnit { get; }

        /// <summary>The first treated period: periods before it are the pre-period, it and later ones the post-period.</summary>
        public int Start { get; }

        /// <summary>The estimator.</summary>
        public PanelMethod Method { get; }

        /// <summary>Placebo draws for the standard error (Arkhangelsky et al. 2021, algorithm 4); 0 for none. Default 200.</summary>
        public int PlaceboReplications { get; }

        /// <summary>The seed of the placebo draws, so that a run can be repeated. Default 1.</summary>
        public int Seed { get; }

        /// <summary>
        /// Predictors of the synthetic control, whose V weights are chosen by the nested optimisation; empty (the default)
        /// for weights fitted to every pre-period outcome. Only the synthetic control takes predictors.
        /// </summary>
        public ImmutableArray<PanelPredictor> Predictors { get; }

        /// <summary>Options for one treated unit.</summary>
        /// <param name="treatedUnit">The treated unit, as named in the panel.</param>
        /// <param name="start">The first treated period.</param>
        /// <param name="method">The estimator.</param>
        /// <returns>The options, with 200 placebo draws and seed 1.</returns>
        public static PanelEstimateOptions For(string treatedUnit, int start, PanelMethod method) =>
            new PanelEstimateOptions(treatedUnit ?? throw new ArgumentNullException(nameof(treatedUnit)), start, method, 200, 1, ImmutableArray<PanelPredictor>.Empty);

        /// <summary>A copy with another number of placebo draws.</summary>
        /// <param name="replications">0 for no standard error, else at least 2.</param>
        /// <returns>The copy.</returns>
        public PanelEstimateOptions WithPlaceboReplications(int replications) =>
            replications < 0 || replications == 1 ? throw new ArgumentOutOfRangeException(nameof(replications), "0 for none, or at least 2.") : new PanelEstimateOptions(TreatedUnit, Start, Method, replications, Seed, Predictors);

        /// <summary>A copy with another seed for the placebo draws.</summary>
        /// <param name="seed">Any whole number.</param>
        /// <returns>The copy.</returns>
        public PanelEstimateOptions WithSeed(int seed) => new PanelEstimateOptions(TreatedUnit, Start, Method, PlaceboReplications, seed, Predictors);

        /// <summary>A copy with predictors for the synthetic control (see <see cref="Predictors"/>).</summary>
        /// <param name="predictors">The predictors, each named once.</param>
        /// <returns>The copy.</returns>
        /// <exception cref="ArgumentException">The method is not the synthetic control, or a predictor is named twice.</exception>
        public PanelEstimateOptions WithPredictors(IEnumerable<PanelPredictor> predictors)
        {
            var list = (predictors ?? throw new ArgumentNullException(nameof(predictors))).ToImmutableArray();
            if (list.Length > 0 && Method != PanelMethod.SyntheticControl)
            {
                throw new ArgumentException($"predictors apply to the synthetic control only, not to {PanelEstimate.MethodName(Method).ToLowerInvariant()}.", nameof(predictors));
            }

            var twice = list.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            return twice.Count > 0
                ? throw new ArgumentException($"predictor {string.Join(", ", twice)} is named more than once.", nameof(predictors))
                : new PanelEstimateOptions(TreatedUnit, Start, Method, PlaceboReplications, Seed, list);
        }
    }
}
