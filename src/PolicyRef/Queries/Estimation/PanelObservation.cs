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
        {
            Unit = unit ?? throw new System.ArgumentNullException(nameof(unit));
            Time = time;
            Outcome = outcome;
        }

        /// <summary>The unit.</summary>
        public string Unit { get; }

        /// <summary>The period.</summary>
        public int Time { get; }

        /// <summary>The outcome.</summary>
        public double Outcome { get; }
    }
}
