using System;
using System.Collections.Generic;
using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Site
{
    /// <summary>What every page needs, worked out once per site: the data, its conflicts by subject and its CSV rows.</summary>
    internal sealed class SiteContext
    {
        private readonly ILookup<(SubjectKind, string), Conflict> conflicts;

        public SiteContext(PolicyReference data)
        {
            Data = data ?? throw new ArgumentNullException(nameof(data));
            conflicts = data.Conflicts().Conflicts.ToLookup(c => (c.Subject.Kind, c.Subject.Id));
            Csv = ClaimCsv.From(data);
            Claims = new ClaimMarkup(data);
        }

        public PolicyReference Data { get; }

        public ClaimCsv Csv { get; }

        public ClaimMarkup Claims { get; }

        /// <summary>Where the sources disagree about a subject, largest spread first (as the conflicts query orders them).</summary>
        public IReadOnlyList<Conflict> ConflictsOf(IClaimSubject subject) => conflicts[(subject.Kind, subject.Id)].ToList();

        /// <summary>The metrics a subject has claims for, in the data dictionary's order (by id).</summary>
        public IReadOnlyList<MetricDefinition> MetricsOf(IClaimSubject subject) =>
            subject.Claims.Metrics.Distinct().OrderBy(m => m).Select(m => Data.TryGetMetric(m, out var d) ? d : null).Where(d => d is not null).Select(d => d!).ToList();

        /// <summary>The subject-type word the CSV export uses.</summary>
        public static string CsvType(SubjectKind kind) => kind switch
        {
            SubjectKind.Country => "country",
            SubjectKind.Facility => "facility",
            _ => "policy",
        };
    }
}
