using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Narrows a conflict search. Immutable; the <c>With…</c> methods return copies.</summary>
    public sealed class ConflictFilter
    {
        private ConflictFilter(string? subjectId, MetricId? metric, SourceKind? sourceKind, bool suspectsOnly = false, bool unexplainedOnly = false, bool unreasonedOnly = false)
        {
            SuspectsOnly = suspectsOnly;
            UnexplainedOnly = unexplainedOnly;
            UnreasonedOnly = unreasonedOnly;
            SubjectId = subjectId;
            Metric = metric;
            SourceKind = sourceKind;
        }

        /// <summary>Every conflict.</summary>
        public static ConflictFilter All { get; } = new ConflictFilter(null, null, null);

        /// <summary>Only this subject's conflicts; null for all.</summary>
        public string? SubjectId { get; }

        /// <summary>Only this metric's conflicts; null for all.</summary>
        public MetricId? Metric { get; }

        /// <summary>Only conflicts in which a source of this kind takes part; null for all.</summary>
        public SourceKind? SourceKind { get; }

        /// <summary>Whether to list the claims marked suspect, with their reasons, instead of conflicts.</summary>
        public bool SuspectsOnly { get; }

        /// <summary>Whether to list only disagreements involving a curated claim where no note says why the figures differ.</summary>
        public bool UnexplainedOnly { get; }

        /// <summary>
        /// Whether to list only disagreements involving a curated claim whose notes name the other figure but say no reason
        /// for the difference is recorded (<see cref="Conflict.IsAcknowledgedWithoutReason"/>).
        /// </summary>
        public bool UnreasonedOnly { get; }

        /// <summary>A copy that keeps only disagreements involving a curated claim acknowledged without a reason (<see cref="UnreasonedOnly"/>).</summary>
        /// <returns>The copy.</returns>
        public ConflictFilter WithUnreasonedOnly() => new ConflictFilter(SubjectId, Metric, SourceKind, SuspectsOnly, UnexplainedOnly, true);

        /// <summary>A copy that lists the suspect claims (<see cref="ConflictReport.Suspects"/>) instead of conflicts.</summary>
        /// <returns>The copy.</returns>
        public ConflictFilter WithSuspectsOnly() => new ConflictFilter(SubjectId, Metric, SourceKind, true, UnexplainedOnly, UnreasonedOnly);

        /// <summary>A copy that keeps only disagreements involving a curated claim where no note names the other figure.</summary>
        /// <returns>The copy.</returns>
        public ConflictFilter WithUnexplainedOnly() => new ConflictFilter(SubjectId, Metric, SourceKind, SuspectsOnly, true, UnreasonedOnly);

        /// <summary>A copy limited to one subject.</summary>
        /// <param name="subjectId">A country code, facility id or policy id.</param>
        /// <returns>The copy.</returns>
        public ConflictFilter WithSubject(string subjectId) => new ConflictFilter(subjectId, Metric, SourceKind, SuspectsOnly, UnexplainedOnly, UnreasonedOnly);

        /// <summary>A copy limited to one metric.</summary>
        /// <param name="metric">The metric.</param>
        /// <returns>The copy.</returns>
        public ConflictFilter WithMetric(MetricId metric) => new ConflictFilter(SubjectId, metric, SourceKind, SuspectsOnly, UnexplainedOnly, UnreasonedOnly);

        /// <summary>A copy limited to conflicts involving a kind of source.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The copy.</returns>
        public ConflictFilter WithSourceKind(SourceKind kind) => new ConflictFilter(SubjectId, Metric, kind, SuspectsOnly, UnexplainedOnly, UnreasonedOnly);
    }
}
