namespace PolicyRef.Cli
{
    /// <summary>The exit codes of the policyref command (documented in docs/cli.md).</summary>
    internal static class ExitCodes
    {
        /// <summary>Success.</summary>
        public const int Ok = 0;

        /// <summary>An id (metric, country, region, facility, policy or source) was not found, or a query has no answer.</summary>
        public const int UnknownId = 1;

        /// <summary>The command line was wrong: an unknown option, a malformed value, a number out of range.</summary>
        public const int Usage = 2;

        /// <summary>A data set has problems.</summary>
        public const int InvalidData = 3;

        /// <summary>A file or directory could not be read or written (missing, not permitted, disk full).</summary>
        public const int InputOutput = 4;
    }
}
