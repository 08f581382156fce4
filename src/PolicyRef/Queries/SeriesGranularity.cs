namespace PolicyRef.Queries
{
    /// <summary>How a series groups claims into points.</summary>
    public enum SeriesGranularity
    {
        /// <summary>One point per distinct period, as the claims give it.</summary>
        AsGiven,

        /// <summary>One point per calendar year; claims whose period spans more than one calendar year are left out.</summary>
        Year,
    }
}
