namespace PolicyRef.Model
{
    /// <summary>Whether a metric describes something fixed or something measured at a time.</summary>
    public enum MetricTemporality
    {
        /// <summary>A structural attribute that does not change unless rebuilt (a wall's height): claims of any period describe the same thing.</summary>
        Fixed,

        /// <summary>Measured at or over a time (a population): claims of different periods describe different things.</summary>
        Varying,
    }
}
