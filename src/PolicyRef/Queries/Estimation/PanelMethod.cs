namespace PolicyRef.Queries.Estimation
{
    /// <summary>The estimator of a <see cref="PanelEstimator"/> run.</summary>
    public enum PanelMethod
    {
        /// <summary>Difference-in-differences: equal weights on every control unit and every pre-period.</summary>
        DifferenceInDifferences,

        /// <summary>Synthetic control (Abadie, Diamond and Hainmueller 2010): simplex unit weights fitted on the pre-period outcomes, no time weights.</summary>
        SyntheticControl,

        /// <summary>Synthetic difference-in-differences (Arkhangelsky, Athey, Hirshberg, Imbens and Wager 2021): regularised unit weights and time weights, with unit and period effects.</summary>
        SyntheticDifferenceInDifferences,
    }
}
