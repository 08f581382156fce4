using System;

namespace PolicyRef.Model
{
    /// <summary>One typed provision of a policy, such as a suspended right or a detention limit, with its source.</summary>
    public sealed class PolicyProvision
    {
        /// <summary>Creates a provision.</summary>
        /// <param name="kind">What the provision does.</param>
        /// <param name="description">What it says, in neutral words.</param>
        /// <param name="sourceId">The source that reports it.</param>
        public PolicyProvision(ProvisionKind kind, string description, string sourceId)
        {
            Kind = kind;
            Description = description ?? throw new ArgumentNullException(nameof(description));
            SourceId = sourceId ?? throw new ArgumentNullException(nameof(sourceId));
        }

        /// <summary>What the provision does.</summary>
        public ProvisionKind Kind { get; }

        /// <summary>What it says, in neutral words.</summary>
        public string Description { get; }

        /// <summary>The source that reports it.</summary>
        public string SourceId { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Kind}: {Description}";
    }
}
