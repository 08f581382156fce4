using System;
using System.Collections.Immutable;

namespace PolicyRef.Model
{
    /// <summary>One sourced figure: a value, in a unit, for a period, about a subject, from a source.</summary>
    public sealed class Claim
    {
        /// <summary>Creates a claim.</summary>
        /// <param name="subjectKind">What kind of entity it is about.</param>
        /// <param name="subjectId">The entity's id.</param>
        /// <param name="metric">The metric.</param>
        /// <param name="value">The value.</param>
        /// <param name="unit">The unit.</param>
        /// <param name="period">What the figure is for.</param>
        /// <param name="sourceId">The source it comes from.</param>
        /// <param name="note">Scope, caveats, attribution.</param>
        /// <param name="flags">What it is when not a plain measurement.</param>
        /// <param name="derivedFrom">What a derived value was computed from.</param>
        public Claim(SubjectKind subjectKind, string subjectId, MetricId metric, ClaimValue value, Unit unit, ReferencePeriod period, string sourceId, string? note, ClaimFlags flags, ImmutableArray<string> derivedFrom)
        {
            SubjectKind = subjectKind;
            SubjectId = subjectId ?? throw new ArgumentNullException(nameof(subjectId));
            Metric = metric;
            Value = value ?? throw new ArgumentNullException(nameof(value));
            Unit = unit ?? throw new ArgumentNullException(nameof(unit));
            Period = period ?? throw new ArgumentNullException(nameof(period));
            SourceId = sourceId ?? throw new ArgumentNullException(nameof(sourceId));
            Note = note;
            Flags = flags;
            DerivedFrom = derivedFrom.IsDefault ? ImmutableArray<string>.Empty : derivedFrom;
        }

        /// <summary>What kind of entity it is about.</summary>
        public SubjectKind SubjectKind { get; }

        /// <summary>The entity's id (a country code for countries).</summary>
        public string SubjectId { get; }

        /// <summary>The metric.</summary>
        public MetricId Metric { get; }

        /// <summary>The value.</summary>
        public ClaimValue Value { get; }

        /// <summary>The unit.</summary>
        public Unit Unit { get; }

        /// <summary>What the figure is for (not when it was published).</summary>
        public ReferencePeriod Period { get; }

        /// <summary>The id of the source it comes from.</summary>
        public string SourceId { get; }

        /// <summary>Scope, caveats, attribution.</summary>
        public string? Note { get; }

        /// <summary>What it is when not a plain measurement.</summary>
        public ClaimFlags Flags { get; }

        /// <summary>What a derived value was computed from; empty otherwise.</summary>
        public ImmutableArray<string> DerivedFrom { get; }

        /// <summary>Whether any of the given flags is set.</summary>
        /// <param name="flags">The flags.</param>
        /// <returns>True when one is set.</returns>
        public bool Has(ClaimFlags flags) => (Flags & flags) != 0;

        /// <inheritdoc />
        public override string ToString() => $"{SubjectId} {Metric} {Period}: {Value} {Unit} [{SourceId}]";
    }
}
