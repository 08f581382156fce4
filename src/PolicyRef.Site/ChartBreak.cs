namespace PolicyRef.Site
{
    /// <summary>Where a chart's series breaks, in years, why, and whether the definition (not only the publisher) changes there.</summary>
    internal sealed record ChartBreak(double At, string Reason, bool DefinitionChanges);
}
