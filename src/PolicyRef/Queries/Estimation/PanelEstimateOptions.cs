using System;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>Which unit is treated from when, by which method, and how the placebo standard error is drawn. Immutable; <c>With…</c> returns copies.</summary>
    public sealed class PanelEstimateOptions
    {
        private PanelEstimateOptions(string treatedUnit, int start, PanelMethod method, int replications, int seed)
        {
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

        /// <summary>Options for one treated unit.</summary>
        /// <param name="treatedUnit">The treated unit, as named in the panel.</param>
        /// <param name="start">The first treated period.</param>
        /// <param name="method">The estimator.</param>
        /// <returns>The options, with 200 placebo draws and seed 1.</returns>
        public static PanelEstimateOptions For(string treatedUnit, int start, PanelMethod method) =>
            new PanelEstimateOptions(treatedUnit ?? throw new ArgumentNullException(nameof(treatedUnit)), start, method, 200, 1);

        /// <summary>A copy with another number of placebo draws.</summary>
        /// <param name="replications">0 for no standard error, else at least 2.</param>
        /// <returns>The copy.</returns>
        public PanelEstimateOptions WithPlaceboReplications(int replications) =>
            replications < 0 || replications == 1 ? throw new ArgumentOutOfRangeException(nameof(replications), "0 for none, or at least 2.") : new PanelEstimateOptions(TreatedUnit, Start, Method, replications, Seed);

        /// <summary>A copy with another seed for the placebo draws.</summary>
        /// <param name="seed">Any whole number.</param>
        /// <returns>The copy.</returns>
        public PanelEstimateOptions WithSeed(int seed) => new PanelEstimateOptions(TreatedUnit, Start, Method, PlaceboReplications, seed);
    }
}
