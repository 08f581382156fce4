using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PolicyRef.Model;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// The naive way to answer each query: a LINQ scan over every claim of the set (no index), then the same preference
    /// rule. What an index has to beat.
    /// </summary>
    public static class Naive
    {
        public static int Compare(PolicyReference data, string[] facilityIds)
        {
            var ids = new HashSet<string>(facilityIds);
            var found = data.Claims
                .Where(c => c.SubjectKind == SubjectKind.Facility && ids.Contains(c.SubjectId))
                .GroupBy(c => (c.Metric, c.SubjectId))
                .Select(g => PreferenceRule.Default.Select(g, data.GetMetric(g.Key.Metric), data.SourcesById))
                .ToList();
            return found.Count;
        }

        public static List<ClaimSelection> Rank(PolicyReference data, MetricId metric, LocalDate asOf)
        {
            var definition = data.GetMetric(metric);
            return data.Claims
                .Where(c => c.SubjectKind == SubjectKind.Country && c.Metric == metric && c.Period.End <= asOf)
                .GroupBy(c => c.SubjectId)
                .Select(g => PreferenceRule.Default.Select(g, definition, data.SourcesById, asOf)!)
                .OrderByDescending(s => s.Chosen.Value.Number)
                .ThenBy(s => s.Chosen.SubjectId, System.StringComparer.Ordinal)
                .ToList();
        }

        public static List<ClaimSelection> Series(PolicyReference data, string country, MetricId metric) =>
            SeriesOf(data, data.Claims, country, metric);

        public static int Impact(PolicyReference data, Policy policy, MetricId metric)
        {
            var country = data.GetCountry(policy.Country);
            var group = new HashSet<string>(data.Countries.Where(c => c.RegionCode == country.RegionCode).Select(c => c.Id));
            var claims = data.Claims.Where(c => c.SubjectKind == SubjectKind.Country && c.Metric == metric && group.Contains(c.SubjectId)).ToList();
            return group.Sum(id => SeriesOf(data, claims, id, metric).Count);
        }

        public static int Conflicts(PolicyReference data)
        {
            var count = 0;
            foreach (var g in data.Claims.GroupBy(c => (c.SubjectKind, c.SubjectId, c.Metric)))
            {
                var metric = data.GetMetric(g.Key.Metric);
                var groups = metric.Temporality == MetricTemporality.Fixed ? new[] { g.ToList() } : g.GroupBy(c => c.Period).Select(p => p.ToList()).ToArray();
                foreach (var list in groups.Where(l => l.Count > 1))
                {
                    if (list.Any(a => list.Any(b => !metric.Agree(a.Value, b.Value))))
                    {
                        PreferenceRule.Default.Select(list, metric, data.SourcesById);
                        count++;
                    }
                }
            }

            return count;
        }

        public static int Assess(PolicyReference data, string facility)
        {
            var metrics = new[] { MetricIds.OutdoorExercise, MetricIds.FamilyVisits, MetricIds.Lighting, MetricIds.Bedding, MetricIds.UntriedSeparation, MetricIds.CellConfinementHours, MetricIds.InmatesPerCell, MetricIds.CellArea };
            return data.Claims
                .Where(c => c.SubjectKind == SubjectKind.Facility && c.SubjectId == facility && metrics.Contains(c.Metric))
                .GroupBy(c => c.Metric)
                .Select(g => PreferenceRule.Default.Select(g, data.GetMetric(g.Key), data.SourcesById))
                .Count(s => s is not null);
        }

        public static ClaimSelection? Lookup(PolicyReference data, string facility, MetricId metric) =>
            PreferenceRule.Default.Select(data.Claims.Where(c => c.SubjectKind == SubjectKind.Facility && c.SubjectId == facility && c.Metric == metric).ToList() is { Count: > 0 } l ? l : null!, data.GetMetric(metric), data.SourcesById);

        private static List<ClaimSelection> SeriesOf(PolicyReference data, IEnumerable<Claim> claims, string country, MetricId metric)
        {
            var definition = data.GetMetric(metric);
            return claims
                .Where(c => c.SubjectKind == SubjectKind.Country && c.SubjectId == country && c.Metric == metric && c.Period.Start.Year == c.Period.End.Year)
                .GroupBy(c => c.Period.End.Year)
                .OrderBy(g => g.Key)
                .Select(g => PreferenceRule.Default.Select(g, definition, data.SourcesById)!)
                .ToList();
        }
    }
}
