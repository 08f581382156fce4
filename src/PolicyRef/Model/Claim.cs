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
            : this(subjectKind, subjectId, metric, value, unit, period, sourceId, note, flags, derivedFrom, null, null, null, null)
        {
        }

        /// <summary>Creates a claim that may count a variant of its metric or a part of its subject.</summary>
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
        /// <param name="definition">The id of the metric variant it counts; null for the metric's standard definition.</param>
        /// <param name="part">Which part of the subject it counts; null for the whole.</param>
        /// <param name="doubt">What its own note doubts about it, if anything.</param>
        /// <param name="suspectReason">Why a plausibility screen marked it suspect; null when it did not (<see cref="ClaimFlags.Suspect"/> is set with it).</param>
        public Claim(SubjectKind subjectKind, string subjectId, MetricId metric, ClaimValue value, Unit unit, ReferencePeriod period, string sourceId, string? note, ClaimFlags flags, ImmutableArray<string> derivedFrom, string? definition, ClaimPart? part, ClaimDoubt? doubt, string? suspectReason)
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
            Definition = definition;
            Part = part;
            Doubt = doubt;
            SuspectReason = suspectReason;
            if ((suspectReason is null) == ((flags & ClaimFlags.Suspect) != 0))
            {
                throw new ArgumentException("A suspect claim needs a reason, and only a suspect claim has one.", nameof(suspectReason));
            }
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

        /// <summary>The id of the metric variant the claim counts (see <see cref="MetricDefinition.Variants"/>); null for the metric's standard definition.</summary>
        public string? Definition { get; }

        /// <summary>Which part of the subject the claim counts (one module, one corps, one flight); null when it counts the whole.</summary>
        public ClaimPart? Part { get; }

        /// <summary>What the claim's own note doubts about it; null when nothing.</summary>
        public ClaimDoubt? Doubt { get; }

        /// <summary>Why a plausibility screen marked the claim suspect; null when it is not (see <see cref="ClaimFlags.Suspect"/>).</summary>
        public string? SuspectReason { get; }

        /// <summary>Whether it counts the metric's standard definition.</summary>
        public bool IsStandard => Definition is null;

        /// <summary>Whether it counts the whole subject rather than a part.</summary>
        public bool IsWhole => Part is null;

        /// <summary>Whether any of the given flags is set.</summary>
        /// <param name="flags">The flags.</param>
        /// <returns>True when one is set.</returns>
        public bool Has(ClaimFlags flags) => (Flags & flags) != 0;

        /// <summary>This claim marked suspect, with the reason; the claim itself when it already is.</summary>
        internal Claim AsSuspect(string reason) =>
            Has(ClaimFlags.Suspect) ? this : new Claim(SubjectKind, SubjectId, Metric, Value, Unit, Period, SourceId, Note, Flags | ClaimFlags.Suspect, DerivedFrom, Definition, Part, Doubt, reason);

        /// <inheritdoc />
        public override string ToString() => $"{SubjectId} {Metric} {Period}: {Value} {Unit} [{SourceId}]";
    }
}
