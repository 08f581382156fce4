using System;
using NodaTime;

namespace PolicyRef.Model
{
    /// <summary>A dated event in a policy's timeline.</summary>
    public sealed class PolicyEvent
    {
        /// <summary>Creates an event.</summary>
        /// <param name="date">When it happened.</param>
        /// <param name="kind">What kind of event it is.</param>
        /// <param name="description">What happened, in neutral words.</param>
        /// <param name="sourceId">The source that reports it.</param>
        public PolicyEvent(LocalDate date, PolicyEventKind kind, string description, string sourceId)
        {
            Date = date;
            Kind = kind;
            Description = description ?? throw new ArgumentNullException(nameof(description));
            SourceId = sourceId ?? throw new ArgumentNullException(nameof(sourceId));
        }

        /// <summary>When it happened.</summary>
        public LocalDate Date { get; }

        /// <summary>What kind of event it is.</summary>
        public PolicyEventKind Kind { get; }

        /// <summary>What happened, in neutral words.</summary>
        public string Description { get; }

        /// <summary>The source that reports it.</summary>
        public string SourceId { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Date:uuuu-MM-dd} {Kind}: {Description}";
    }
}
