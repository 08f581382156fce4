namespace PolicyRef.Data.Snapshot
{
    /// <summary>
    /// The compiled form of a validated data set: what the build writes from <c>data/</c> and the assembly loads at run
    /// time, so that the checks of every rule run once, at build, and a start-up only decodes. Strings, units and periods
    /// are written once and referred to by number; the file ends with <see cref="EndMarker"/>.
    /// </summary>
    internal static class SnapshotFormat
    {
        /// <summary>The name of the embedded resource.</summary>
        public const string ResourceName = "PolicyRef.Snapshot";

        /// <summary>The first bytes of every snapshot.</summary>
        public const string Magic = "PolicyRef snapshot";

        /// <summary>Raised whenever the layout changes; a reader refuses any other.</summary>
        public const int Version = 3;

        /// <summary>Written last, so that a truncated snapshot is caught.</summary>
        public const int EndMarker = 0x50524546;
    }
}
