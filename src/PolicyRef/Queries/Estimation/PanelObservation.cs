using System.Collections.Generic;
using System.Collections.Immutable;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>One row of a tidy panel: a unit's outcome in one period.</summary>
    public sealed class PanelObservation
    {
        /// <summary>Creates the observation.</summary>
        /// <param name="unit">The unit, such as a state or country.</param>
        /// <param name="time">The period, such as a year.</param>
        /// <param name="outcome">The outcome; finite.</param>
        public PanelObservation(string unit, int time, double outcome)
            : this(unit, time, outcome, ImmutableDictionary<string, double>.Empty)
        {
        }

        /// <summary>Creates the observation with covariates, the raw material of synthetic control predictors.</summary>
        /// <param name="unit">The unit, such as a state or country.</param>
        /// <param name="time">The period, such as a year.</param>
        /// <param name="outcome">The outcome; finite.</param>
        /// <param name="covariates">Covariate values by column name; NaN for a missing cell.</param>
        public PanelObservation(string unit, int time, double outcome, IEnumerable<KeyValuePair<string, double>> covariates)
        {
            Unit = unit ?? throw new System.ArgumentNullException(nameof(unit));
            Time = time;
            Outcome = outcome;
            Covariates = (covariates ?? throw new System.ArgumentNullException(nameof(covariates))).ToImmutableDictionary(System.StringComparer.Ordinal);
        }

        /// <summary>The unit.</summary>
        public string Unit { get; }

        /// <summary>The period.</summary>
        public int Time { get; }

        /// <summary>The outcome.</summary>
        public double Outcome { get; }

        /// <summary>Covariate values by column name; NaN for a missing cell.</summary>
        public ImmutableDictionary<string, double> Covariates { get; }
    }
}
