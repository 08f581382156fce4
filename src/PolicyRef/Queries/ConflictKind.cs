namespace PolicyRef.Queries
{
    /// <summary>What a <see cref="Conflict"/> is: sources that disagree, or figures that differ because they count different things.</summary>
    public enum ConflictKind
    {
        /// <summary>Claims of the same definition, for the same thing, differ beyond the metric's tolerance.</summary>
        Disagreement,

        /// <summary>Only claims of different definitions (a variant against the standard one) differ: a definitional difference, not a disagreement.</summary>
        Definitional,

        /// <summary>The figures differ only because of claims a plausibility screen marked suspect.</summary>
        Suspect,

        /// <summary>Parts from one source that name their whole add up to more than a stated figure for that whole.</summary>
        PartsExceedWhole,
    }
}
