namespace PolicyRef.Standards
{
    /// <summary>The outcome of evaluating one rule against a facility's claims.</summary>
    public enum Compliance
    {
        /// <summary>The claims show the rule is met.</summary>
        Met,

        /// <summary>The claims show the rule is not met.</summary>
        NotMet,

        /// <summary>The data does not say: a needed claim is missing or inconclusive. Never a silent Met.</summary>
        Unknown,
    }
}
