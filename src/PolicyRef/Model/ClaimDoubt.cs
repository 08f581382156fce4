namespace PolicyRef.Model
{
    /// <summary>What a claim's own note doubts about it (the plausibility screens mark such a claim suspect).</summary>
    public enum ClaimDoubt
    {
        /// <summary>The note doubts the unit (a probable unit error in the original).</summary>
        Unit,

        /// <summary>The note doubts the value (a probable misprint in the original).</summary>
        Value,
    }
}
