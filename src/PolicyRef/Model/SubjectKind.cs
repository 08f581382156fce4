namespace PolicyRef.Model
{
    /// <summary>The kind of entity a claim is about.</summary>
    public enum SubjectKind
    {
        /// <summary>A country or jurisdiction.</summary>
        Country,

        /// <summary>A prison facility.</summary>
        Facility,

        /// <summary>A policy.</summary>
        Policy,
    }
}
