namespace PolicyRef.Queries
{
    /// <summary>A named way of filling missing years, used only when asked; filled points are flagged.</summary>
    public enum InterpolationMethod
    {
        /// <summary>A straight line between the neighbouring observed years.</summary>
        Linear,

        /// <summary>The last observed value, carried forward.</summary>
        CarryForward,
    }
}
