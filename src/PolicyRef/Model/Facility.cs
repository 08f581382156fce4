using System;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyRef.Model
{
    /// <summary>A prison facility.</summary>
    public sealed class Facility : IClaimSubject
    {
        /// <summary>Creates a facility.</summary>
        /// <param name="id">Its stable id.</param>
        /// <param name="name">Its official name, in the local language.</param>
        /// <param name="aliases">Other names.</param>
        /// <param name="country">The country it is in.</param>
        /// <param name="locality">The town or municipality.</param>
        /// <param name="admin1">The first-level administrative division (state, department).</param>
        /// <param name="sourceIds">The sources for its name and location.</param>
        /// <param name="claims">Its claims.</param>
        public Facility(string id, string name, ImmutableArray<Alias> aliases, CountryCode country, string? locality, string? admin1, ImmutableArray<string> sourceIds, ClaimSet claims)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Aliases = aliases.IsDefault ? ImmutableArray<Alias>.Empty : aliases;
            Country = country;
            Locality = locality;
            Admin1 = admin1;
            SourceIds = sourceIds.IsDefault ? ImmutableArray<string>.Empty : sourceIds;
            Claims = claims ?? throw new ArgumentNullException(nameof(claims));
        }

        /// <inheritdoc />
        public string Id { get; }

        /// <summary>Its official name, in the local language.</summary>
        public string Name { get; }

        /// <summary>Other names: acronyms, translations, common and former names.</summary>
        public ImmutableArray<Alias> Aliases { get; }

        /// <summary>The country it is in.</summary>
        public CountryCode Country { get; }

        /// <summary>The town or municipality.</summary>
        public string? Locality { get; }

        /// <summary>The first-level administrative division (state, department).</summary>
        public string? Admin1 { get; }

        /// <summary>The sources for its name and location.</summary>
        public ImmutableArray<string> SourceIds { get; }

        /// <inheritdoc />
        public ClaimSet Claims { get; }

        /// <inheritdoc />
        public SubjectKind Kind => SubjectKind.Facility;

        /// <summary>The first acronym or common name, else the official name.</summary>
        public string DisplayName => Aliases.FirstOrDefault(a => a.Kind == AliasKind.Acronym || a.Kind == AliasKind.Common)?.Name ?? Name;

        /// <inheritdoc />
        public override string ToString() => $"{Name} ({Country})";
    }
}
