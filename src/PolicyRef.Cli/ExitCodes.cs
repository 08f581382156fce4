namespace PolicyRef.Cli
{
    /// <summary>The exit codes of the policyref command.</summary>
    internal static class ExitCodes
    {
        /// <summary>Success.</summary>
        public const int Ok = 0;

        /// <summary>An id was not found.</summary>
        public const int UnknownId = 1;

        /// <summary>The command line was wrong.</summary>
        public const int Usage = 2;

        /// <summary>A data set has problems.</summary>
        public const int InvalidData = 3;
    }
}
