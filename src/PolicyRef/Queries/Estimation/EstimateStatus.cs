namespace PolicyRef.Queries.Estimation
{
    /// <summary>Whether an estimate can be read, as a field rather than only a sentence.</summary>
    public enum EstimateStatus
    {
        /// <summary>Estimated, with diagnostics that did not flag a problem.</summary>
        Estimated,

        /// <summary>Estimated, but a diagnostic (pre-trend, poor pre-period fit, a placebo as large) says it should not be read as an effect.</summary>
        NotInformative,

        /// <summary>No estimate: the data cannot support one; see the warnings.</summary>
        Refused,
    }
}
