namespace PolicyRef.Site
{
    /// <summary>A point of a chart: where it sits on the time axis (in years), its value, and the tooltip that names its source.</summary>
    internal sealed record ChartPoint(double X, double Y, string Label);
}
