namespace PolicyRef.Model
{
    /// <summary>Whether a varying metric is a level at a date or an amount accumulated over its period.</summary>
    public enum MetricMeasure
    {
        /// <summary>A level at a date (a prison population): a year's figure and a day's figure within it describe the same thing.</summary>
        Stock,

        /// <summary>An amount over the period (arrests, homicides in a year): only claims of the same period describe the same thing.</summary>
        Flow,
    }
}
