namespace PolicyRef.Site
{
    /// <summary>
    /// A point of a chart: where it sits on the time axis (in years), its value, the tooltip that names its source, and
    /// whether it counts another definition of the metric than the standard one (drawn apart).
    /// </summary>
    internal sealed record ChartPoint(double X, double Y, string Label, bool OtherDefinition = false);
}
