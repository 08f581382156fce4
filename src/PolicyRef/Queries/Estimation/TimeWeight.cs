namespace PolicyRef.Queries.Estimation
{
    /// <summary>A pre-period's weight in the baseline an estimate subtracts.</summary>
    public sealed class TimeWeight
    {
        internal TimeWeight(int time, double weight)
        {
            Time = time;
            Weight = weight;
        }

        /// <summary>The pre-period.</summary>
        public int Time { get; }

        /// <summary>Its weight, between 0 and 1.</summary>
        public double Weight { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Time} {Weight:0.000}";
    }
}
