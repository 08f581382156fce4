namespace PolicyRef.Model
{
    /// <summary>What kind of other name an alias is.</summary>
    public enum AliasKind
    {
        /// <summary>An acronym, such as CECOT.</summary>
        Acronym,

        /// <summary>A translation of the official name.</summary>
        Translation,

        /// <summary>A name in common use.</summary>
        Common,

        /// <summary>A former name.</summary>
        Former,
    }
}
