namespace PolicyRef.Model
{
    /// <summary>What a claim's value holds.</summary>
    public enum ClaimValueKind
    {
        /// <summary>A number (counts, rates, lengths, money).</summary>
        Number,

        /// <summary>A calendar date.</summary>
        Date,

        /// <summary>A category id of the metric.</summary>
        Category,
    }
}
