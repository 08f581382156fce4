namespace PolicyRef.Queries.Estimation
{
    /// <summary>A placebo in time: the same estimator with a fake start inside the pre-period, on pre-period data only.</summary>
    public sealed class PlaceboStart
    {
        internal PlaceboStart(int start, double estimate)
        {
            Start = start;
            Estimate = estimate;
        }

        /// <summary>The fake first treated period.</summary>
        public int Start { get; }

        /// <summary>The estimate with that start; the policy had not begun, so anything but noise is a warning.</summary>
        public double Estimate { get; }

        /// <inheritdoc />
        public override string ToString() => $"fake start {Start}: {Estimate:0.###}";
    }
}
