using System;

namespace PolicyRef.Model
{
    /// <summary>A country or a jurisdiction that publishes its own figures.</summary>
    public sealed class Country : IClaimSubject
    {
        /// <summary>Creates a country.</summary>
        /// <param name="code">Its code.</param>
        /// <param name="name">Its English short name.</param>
        /// <param name="m49">Its UN M49 numeric code, if it has one.</param>
        /// <param name="region">Its UN M49 sub-region name.</param>
        /// <param name="regionCode">Its UN M49 sub-region code.</param>
        /// <param name="claims">Its claims.</param>
        public Country(CountryCode code, string name, string? m49, string region, string regionCode, ClaimSet claims)
        {
            Code = code;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            M49 = m49;
            Region = region ?? throw new ArgumentNullException(nameof(region));
            RegionCode = regionCode ?? throw new ArgumentNullException(nameof(regionCode));
            Claims = claims ?? throw new ArgumentNullException(nameof(claims));
        }

        /// <summary>Its code.</summary>
        public CountryCode Code { get; }

        /// <summary>Its English short name.</summary>
        public string Name { get; }

        /// <summary>Its UN M49 numeric code, if it has one.</summary>
        public string? M49 { get; }

        /// <summary>Its UN M49 sub-region name, such as "Central America".</summary>
        public string Region { get; }

        /// <summary>Its UN M49 sub-region code, such as "013".</summary>
        public string RegionCode { get; }

        /// <inheritdoc />
        public ClaimSet Claims { get; }

        /// <inheritdoc />
        public SubjectKind Kind => SubjectKind.Country;

        /// <inheritdoc />
        public string Id => Code.Value;

        /// <inheritdoc />
        public string DisplayName => Name;

        /// <inheritdoc />
        public override string ToString() => $"{Name} ({Code})";
    }
}
