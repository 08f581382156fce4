using System;
using System.Collections.Generic;
using System.Linq;
using PolicyRef.Export;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Site
{
    /// <summary>What every page needs, worked out once per site: the data, its conflicts by subject and which claims observations.csv marks preferred.</summary>
    internal sealed class SiteContext
    {
        private readonly ILookup<(SubjectKind, string), Conflict> conflicts;
        private readonly Dictionary<(SubjectKind, string), IReadOnlySet<Claim>> preferred = new Dictionary<(SubjectKind, string), IReadOnlySet<Claim>>();

        public SiteContext(PolicyReference data)
        {
            Data = data ?? throw new ArgumentNullException(nameof(data));
            conflicts = data.Conflicts().Conflicts.ToLookup(c => (c.Subject.Kind, c.Subject.Id));
            Claims = new ClaimMarkup(data, PreferredOf);
        }

        public PolicyReference Data { get; }

        public ClaimMarkup Claims { get; }

        /// <summary>Where the sources disagree about a subject, largest spread first (as the conflicts query orders them).</summary>
        public IReadOnlyList<Conflict> ConflictsOf(IClaimSubject subject) => conflicts[(subject.Kind, subject.Id)].ToList();

        /// <summary>The metrics a subject has claims for, in the data dictionary's order (by id).</summary>
        public IReadOnlyList<MetricDefinition> MetricsOf(IClaimSubject subject) =>
            subject.Claims.Metrics.Distinct().OrderBy(m => m).Select(m => Data.TryGetMetric(m, out var d) ? d : null).Where(d => d is not null).Select(d => d!).ToList();

        /// <summary>
        /// The subject's claims that the export's <c>preferred</c> column marks true, taken from the library's observations
        /// rows (src/PolicyRef/Export/Observations.cs) so that a page marks exactly what observations.csv marks.
        /// </summary>
        public IReadOnlySet<Claim> PreferredOf(IClaimSubject subject)
        {
            var key = (subject.Kind, subject.Id);
            if (!preferred.TryGetValue(key, out var set))
            {
                // Claims compare by reference, as the export's rows do: two equal claims of one source are two rows.
                set = preferred[key] = new HashSet<Claim>(Observations.Of(Data, subject).Where(o => o.Preferred).Select(o => o.Claim), ReferenceEqualityComparer.Instance);
            }

            return set;
        }
    }
}
