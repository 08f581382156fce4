using System;
using System.Collections.Immutable;
using NodaTime;

namespace PolicyRef.Model
{
    /// <summary>A country's policy, with its timeline and claims.</summary>
    public sealed class Policy : IClaimSubject
    {
        /// <summary>Creates a policy.</summary>
        /// <param name="id">Its stable id.</param>
        /// <param name="country">The country that adopted it.</param>
        /// <param name="name">Its official name, in the local language.</param>
        /// <param name="aliases">Other names.</param>
        /// <param name="policyKind">What kind of policy it is.</param>
        /// <param name="start">When it took effect.</param>
        /// <param name="end">When it ended, if it has.</param>
        /// <param name="summary">A neutral description.</param>
        /// <param name="instrument">The legal instrument, if known.</param>
        /// <param name="provisions">Its typed provisions.</param>
        /// <param name="sourceIds">The sources for its name, kind and dates.</param>
        /// <param name="events">Its timeline, in date order.</param>
        /// <param name="claims">Its claims.</param>
        public Policy(string id, CountryCode country, string name, ImmutableArray<Alias> aliases, PolicyKind policyKind, LocalDate start, LocalDate? end, string summary, string? instrument, ImmutableArray<PolicyProvision> provisions, ImmutableArray<string> sourceIds, ImmutableArray<PolicyEvent> events, ClaimSet claims)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Country = country;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Aliases = aliases.IsDefault ? ImmutableArray<Alias>.Empty : aliases;
            PolicyKind = policyKind;
            Start = start;
            End = end;
            Summary = summary ?? throw new ArgumentNullException(nameof(summary));
            Instrument = instrument;
            Provisions = provisions.IsDefault ? ImmutableArray<PolicyProvision>.Empty : provisions;
            SourceIds = sourceIds.IsDefault ? ImmutableArray<string>.Empty : sourceIds;
            Events = events.IsDefault ? ImmutableArray<PolicyEvent>.Empty : events;
            Claims = claims ?? throw new ArgumentNullException(nameof(claims));
        }

        /// <inheritdoc />
        public string Id { get; }

        /// <summary>The country that adopted it.</summary>
        public CountryCode Country { get; }

        /// <summary>Its official name, in the local language.</summary>
        public string Name { get; }

        /// <summary>Other names.</summary>
        public ImmutableArray<Alias> Aliases { get; }

        /// <summary>What kind of policy it is.</summary>
        public PolicyKind PolicyKind { get; }

        /// <summary>When it took effect.</summary>
        public LocalDate Start { get; }

        /// <summary>When it ended; null while in force (as of the latest source).</summary>
        public LocalDate? End { get; }

        /// <summary>A neutral description.</summary>
        public string Summary { get; }

        /// <summary>The legal instrument (decree, law) that enacted it, if known.</summary>
        public string? Instrument { get; }

        /// <summary>Its typed provisions: suspended rights, detention limits, trial procedures and the like.</summary>
        public ImmutableArray<PolicyProvision> Provisions { get; }

        /// <summary>The sources for its name, kind and dates.</summary>
        public ImmutableArray<string> SourceIds { get; }

        /// <summary>Its timeline, in date order.</summary>
        public ImmutableArray<PolicyEvent> Events { get; }

        /// <inheritdoc />
        public ClaimSet Claims { get; }

        /// <inheritdoc />
        public SubjectKind Kind => SubjectKind.Policy;

        /// <inheritdoc />
        public string DisplayName => Name;

        /// <inheritdoc />
        public override string ToString() => $"{Name} ({Country}, from {Start:uuuu-MM-dd})";
    }
}
