using System;

namespace PolicyRef.Model
{
    /// <summary>A named definition of a metric other than its standard one (what a national series counts instead), with the source that defines it.</summary>
    public sealed class MetricVariant
    {
        /// <summary>Creates a variant.</summary>
        /// <param name="id">Its lower-kebab-case id, unique within the metric.</param>
        /// <param name="name">A short human name.</param>
        /// <param name="description">What it counts, and how that differs from the standard definition.</param>
        /// <param name="sourceId">The source of the definition.</param>
        public MetricVariant(string id, string name, string description, string sourceId)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Description = description ?? throw new ArgumentNullException(nameof(description));
            SourceId = sourceId ?? throw new ArgumentNullException(nameof(sourceId));
        }

        /// <summary>Its id, unique within the metric.</summary>
        public string Id { get; }

        /// <summary>A short human name.</summary>
        public string Name { get; }

        /// <summary>What it counts, and how that differs from the standard definition.</summary>
        public string Description { get; }

        /// <summary>The source of the definition.</summary>
        public string SourceId { get; }

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
