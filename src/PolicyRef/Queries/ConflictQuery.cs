using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// Finds the groups of claims about the same thing whose values cannot all be true. Claims about the same thing: the
    /// same subject, metric, unit and part (or whole); for a varying level, overlapping periods of a year or less (a year
    /// against a day inside it), or the same period; for an amount over a period, the same period. Two bounds of one
    /// range, a plan against a measurement, and figures within the tolerance are not conflicts; a variant against the
    /// standard definition is a definitional difference; a difference caused only by suspect claims is reported as such.
    /// </summary>
    internal static class ConflictQuery
    {
        public static ConflictReport Run(DataIndex reference, ConflictFilter? filter)
        {
            filter ??= ConflictFilter.All;
            // One subject is looked up by id rather than found by scanning every subject.
            var subjects = filter.SubjectId is null
                ? reference.Subjects
                : reference.FindSubject(filter.SubjectId) is { } one ? new[] { one } : Array.Empty<IClaimSubject>();
            if (filter.SuspectsOnly)
            {
                var suspects = subjects.SelectMany(s => s.Claims)
                    .Where(c => c.Has(ClaimFlags.Suspect) && (filter.Metric is null || c.Metric == filter.Metric))
                    .OrderBy(c => c.SubjectKind).ThenBy(c => c.SubjectId, StringComparer.Ordinal).ThenBy(c => c.Metric).ThenBy(c => c.Period)
                    .ToImmutableArray();
                return new ConflictReport(ImmutableArray<Conflict>.Empty, reference.DataVersion, suspects);
            }

            var conflicts = new List<Conflict>();
            foreach (var subject in subjects)
            {
                foreach (var metricId in subject.Claims.Metrics.Where(m => filter.Metric is null || m == filter.Metric))
                {
                    var metric = reference.GetMetric(metricId);
                    foreach (var (period, members) in Groups(metric, subject.Claims.For(metricId)))
                    {
                        var conflict = Judge(reference, subject, metric, period, members);
                        if (conflict is null
                            || (filter.SourceKind is not null && !members.Any(c => reference.GetSource(c.SourceId).Kind == filter.SourceKind))
                            || (filter.UnexplainedOnly && (conflict.Kind != ConflictKind.Disagreement || conflict.IsExplained || !conflict.IsCurated))
                            || (filter.UnreasonedOnly && (conflict.Kind != ConflictKind.Disagreement || !conflict.IsAcknowledgedWithoutReason || !conflict.IsCurated)))
                        {
                            continue;
                        }

                        conflicts.Add(conflict);
                    }

                    if (!filter.UnexplainedOnly && !filter.UnreasonedOnly && filter.SourceKind is null)
                    {
                        conflicts.AddRange(PartsAgainstWholes(subject, metric, subject.Claims.For(metricId)));
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
            return new ConflictReport(ordered, reference.DataVersion, ImmutableArray<Claim>.Empty);
        }

        /// <summary>The groups of claims that describe the same thing, each with the period they share (null for a fixed metric).</summary>
        internal static IEnumerable<(ReferencePeriod? Period, List<Claim> Claims)> Groups(MetricDefinition metric, ImmutableArray<Claim> claims)
        {
            // Parts are compared only with the same part; amounts in different currencies never.
            foreach (var same in claims.GroupBy(c => (c.Unit.Symbol, Part: c.Part?.Kind, Label: c.Part?.Label)))
            {
                var list = same.ToList();
                if (metric.Temporality == MetricTemporality.Fixed)
                {
                    yield return (null, list);
                    continue;
                }

                foreach (var group in ConflictGroups.ByPeriod(metric, list))
                {
                    yield return group;
                }
            }
        }

        private static Conflict? Judge(DataIndex reference, IClaimSubject subject, MetricDefinition metric, ReferencePeriod? period, List<Claim> claims)
        {
            // Values that all agree within the tolerance are consistent whatever else is true of them.
            if (claims.Count < 2 || !Disagree(metric, claims))
            {
                return null;
            }

            var flags = ConflictFlags.Of(c => IsCurated(reference, c), metric, claims);
            bool disagreement = flags.Disagreement, definitional = flags.Definitional, suspect = flags.Suspect, explained = flags.Explained, curated = flags.Curated;
            if (!disagreement && !definitional && !suspect)
            {
                return null;
            }

            var kind = disagreement ? ConflictKind.Disagreement : definitional ? ConflictKind.Definitional : ConflictKind.Suspect;
            var selection = PreferenceRule.Default.Select(claims, metric, reference.SourcesById);
            var order = selection is null ? claims : selection.Ranked.Concat(selection.SetAside).ToList();
            var acknowledged = disagreement && explained && NoReasonNotes.OnlyAcknowledged(claims);
            return new Conflict(subject, metric, period, order.ToImmutableArray(), Spread(claims), kind, disagreement && explained, curated, acknowledged);
        }

        /// <summary>
        /// Parts that add up (sections, corps, groups, flights, months), checked against every stated figure for their whole
        /// (of the period they name, else of their own): from one source, together they may not exceed it beyond the tolerance.
        /// </summary>
        internal static IEnumerable<Conflict> PartsAgainstWholes(IClaimSubject subject, MetricDefinition metric, ImmutableArray<Claim> claims)
        {
            foreach (var parts in claims.Where(c => c.Part is { IsAdditive: true } && c.Value.Kind == ClaimValueKind.Number && c.IsStandard)
                .GroupBy(c => (c.SourceId, c.Part!.Kind, Whole: c.Part.Whole ?? c.Period)))
            {
                var sum = parts.Sum(c => c.Value.Number);
                foreach (var whole in claims.Where(c => c.Period.Equals(parts.Key.Whole) && c.IsStandard && c.Value.Kind == ClaimValueKind.Number
                    && (c.Part is null || c.Part.Kind != parts.Key.Kind) && !c.Has(ClaimFlags.LowerBound)))
                {
                    if (sum > whole.Value.Number * (1m + metric.Tolerance))
                    {
                        var members = parts.Append(whole).ToImmutableArray();
                        yield return new Conflict(subject, metric, parts.Key.Whole, members, Spread(new[] { whole, parts.First() }), ConflictKind.PartsExceedWhole, false, true);
                    }
                }
            }
        }

        // A claim read by hand from its source, not imported from a bulk file (whose source names the file it came through).
        private static bool IsCurated(DataIndex reference, Claim claim) => reference.TryGetSource(claim.SourceId, out var source) && source.Via is null;

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
