using System;
using System.Collections.Immutable;

namespace PolicyRef.Model
{
    /// <summary>An international standard for the treatment of prisoners, stored with its edition.</summary>
    public sealed class Standard
    {
        /// <summary>Creates a standard.</summary>
        /// <param name="id">Its stable id, such as <c>mandela-rules-2015</c>.</param>
        /// <param name="name">Its name.</param>
        /// <param name="edition">The edition whose numbering the rules use.</param>
        /// <param name="sourceIds">Sources for the standard as a whole.</param>
        /// <param name="rules">Its rules that PolicyRef can evaluate.</param>
        public Standard(string id, string name, string edition, ImmutableArray<string> sourceIds, ImmutableArray<StandardRule> rules)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Edition = edition ?? throw new ArgumentNullException(nameof(edition));
            SourceIds = sourceIds.IsDefault ? ImmutableArray<string>.Empty : sourceIds;
            Rules = rules.IsDefault ? ImmutableArray<StandardRule>.Empty : rules;
        }

        /// <summary>Its stable id.</summary>
        public string Id { get; }

        /// <summary>Its name.</summary>
        public string Name { get; }

        /// <summary>The edition whose numbering the rules use.</summary>
        public string Edition { get; }

        /// <summary>Sources for the standard as a whole.</summary>
        public ImmutableArray<string> SourceIds { get; }

        /// <summary>Its rules that PolicyRef can evaluate.</summary>
        public ImmutableArray<StandardRule> Rules { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Name} ({Edition})";
    }
}
