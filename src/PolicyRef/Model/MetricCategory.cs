using System;

namespace PolicyRef.Model
{
    /// <summary>One allowed value of a categorical metric.</summary>
    public sealed class MetricCategory
    {
        /// <summary>Creates a category.</summary>
        /// <param name="id">The id used in claims.</param>
        /// <param name="description">What it means.</param>
        public MetricCategory(string id, string description)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Description = description ?? throw new ArgumentNullException(nameof(description));
        }

        /// <summary>The id used in claims.</summary>
        public string Id { get; }

        /// <summary>What it means.</summary>
        public string Description { get; }

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
