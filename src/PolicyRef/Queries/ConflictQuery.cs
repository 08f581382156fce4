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

        /// <summary>
        /// Whether any two claims disagree, in one pass: numbers disagree somewhere exactly when the smallest and largest do
        /// (within a tolerance below 1, agreement is a ratio bound, and those two are the furthest apart); dates when the
        /// latest start falls after the earliest end (ranges that pairwise overlap share a day); categories when two differ.
        /// </summary>
        internal static bool Disagree(MetricDefinition metric, IReadOnlyList<Claim> claims)
        {
            if (!Model.AgreeingValues.Applies(metric))
            {
                return DisagreePairwise(metric, claims);
            }

            var first = claims[0].Value;
            ClaimValue smallest = first, largest = first;
            foreach (var claim in claims)
            {
                var value = claim.Value;
                if (value.Kind != first.Kind)
                {
                    return true;
                }

                switch (value.Kind)
                {
                    case ClaimValueKind.Number:
                        smallest = value.Number < smallest.Number ? value : smallest;
                        largest = value.Number > largest.Number ? value : largest;
                        break;
                    case ClaimValueKind.Date:
                        smallest = value.Date.End < smallest.Date.End ? value : smallest;
                        largest = value.Date.Start > largest.Date.Start ? value : largest;
                        break;
                    default:
                        if (!value.Equals(first))
                        {
                            return true;
                        }

                        break;
                }
            }

            return first.Kind == ClaimValueKind.Number || first.Kind == ClaimValueKind.Date ? !metric.Agree(smallest, largest) : false;
        }

        /// <summary>Every pair compared: the definition, and the reference <see cref="Disagree"/> is tested against.</summary>
        internal static bool DisagreePairwise(MetricDefinition metric, IReadOnlyList<Claim> claims)
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
