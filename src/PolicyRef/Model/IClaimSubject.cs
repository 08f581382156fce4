namespace PolicyRef.Model
{
    /// <summary>An entity that claims are about: a country, a facility or a policy.</summary>
    public interface IClaimSubject
    {
        /// <summary>What kind of entity it is.</summary>
        SubjectKind Kind { get; }

        /// <summary>Its id (the country code for countries).</summary>
        string Id { get; }

        /// <summary>A short name for tables.</summary>
        string DisplayName { get; }

        /// <summary>Its claims.</summary>
        ClaimSet Claims { get; }
    }
}
