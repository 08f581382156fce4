using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Finds the subject/metric/period groups whose claims disagree beyond the metric's tolerance.</summary>
    internal static class ConflictQuery
    {
        public static ConflictReport Run(PolicyReference reference, ConflictFilter? filter)
        {
            filter ??= ConflictFilter.All;
            var conflicts = new List<Conflict>();
            // One subject is looked up by id rather than found by scanning every subject.
            var subjects = filter.SubjectId is null
                ? reference.Subjects
                : reference.FindSubject(filter.SubjectId) is { } one ? new[] { one } : Array.Empty<IClaimSubject>();
            foreach (var subject in subjects)
            {
                foreach (var metricId in subject.Claims.Metrics.Where(m => filter.Metric is null || m == filter.Metric))
                {
                    var metric = reference.GetMetric(metricId);
                    var claims = subject.Claims.For(metricId);
                    // Amounts in different currencies are not compared: they are grouped apart like different periods.
                    var groups = metric.Temporality == MetricTemporality.Fixed
                        ? claims.GroupBy(c => c.Unit.Symbol).Select(g => (Period: (ReferencePeriod?)null, Claims: (IEnumerable<Claim>)g)).ToArray()
                        : claims.GroupBy(c => (c.Period, c.Unit.Symbol)).Select(g => (Period: (ReferencePeriod?)g.Key.Period, Claims: (IEnumerable<Claim>)g)).ToArray();
                    foreach (var (period, members) in groups)
                    {
                        var list = members.ToList();
                        if (list.Count < 2 || !Disagree(metric, list))
                        {
                            continue;
                        }

                        if (filter.SourceKind is not null && !list.Any(c => reference.GetSource(c.SourceId).Kind == filter.SourceKind))
                        {
                            continue;
                        }

                        var ranked = PreferenceRule.Default.Select(list, metric, reference.SourcesById)!.Ranked;
                        conflicts.Add(new Conflict(subject, metric, period, ranked, Spread(list)));
                    }
                }
            }

            var ordered = conflicts
                .OrderByDescending(c => c.Spread)
                .ThenBy(c => c.Subject.Kind)
                .ThenBy(c => c.Subject.Id, StringComparer.Ordinal)
                .ThenBy(c => c.Metric.Id)
                .ThenBy(c => c.Period)
                .ToImmutableArray();
            return new ConflictReport(ordered, reference.DataVersion);
        }

        private static bool Disagree(MetricDefinition metric, IReadOnlyList<Claim> claims)
        {
            for (var i = 0; i < claims.Count; i++)
            {
                for (var j = i + 1; j < claims.Count; j++)
                {
                    if (!metric.Agree(claims[i].Value, claims[j].Value))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static decimal Spread(IReadOnlyList<Claim> claims)
        {
            if (claims.All(c => c.Value.Kind == ClaimValueKind.Date))
            {
                // Dates: the distance between the earliest and latest, a decade or more counting as 100%.
                var days = NodaTime.Period.DaysBetween(claims.Min(c => c.Value.Date.Start), claims.Max(c => c.Value.Date.End));
                return Math.Min(1m, days / 3652.5m);
            }

            if (claims.Any(c => c.Value.Kind != ClaimValueKind.Number))
            {
                return 1m;
            }

            var max = claims.Max(c => c.Value.Number);
            var min = claims.Min(c => c.Value.Number);
            var scale = Math.Max(Math.Abs(max), Math.Abs(min));
            return scale == 0m ? 0m : (max - min) / scale;
        }
    }
}
