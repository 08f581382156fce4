using System;

namespace PolicyRef.Model
{
    /// <summary>Another name of a facility or policy.</summary>
    public sealed class Alias
    {
        /// <summary>Creates an alias.</summary>
        /// <param name="name">The name.</param>
        /// <param name="kind">What kind of name it is.</param>
        /// <param name="language">ISO 639-1 language, if relevant.</param>
        public Alias(string name, AliasKind kind, string? language)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Kind = kind;
            Language = language;
        }

        /// <summary>The name.</summary>
        public string Name { get; }

        /// <summary>What kind of name it is.</summary>
        public AliasKind Kind { get; }

        /// <summary>ISO 639-1 language, if relevant.</summary>
        public string? Language { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
