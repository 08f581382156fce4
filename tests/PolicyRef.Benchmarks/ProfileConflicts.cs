using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// <c>profile-conflicts N…</c>: the stages of <c>conflicts --subject</c> on the one-subject set, timed once each by
    /// stopwatch (grouping, the one-pass disagreement test, the flags, the preference rule's order, the spread, the text),
    /// and the size of the answer: how many claims the conflicts list in all. Not a benchmark; it says where the time goes.
    /// </summary>
    internal static class ProfileConflicts
    {
        public static void Run(int claims)
        {
            var data = OneSubject.Load(claims);
            var subject = data.GetFacility(OneSubject.FacilityId);
            var times = new Dictionary<string, Stopwatch>(StringComparer.Ordinal);
            T Time<T>(string stage, Func<T> work)
            {
                if (!times.TryGetValue(stage, out var watch))
                {
                    times[stage] = watch = new Stopwatch();
                }

                watch.Start();
                var result = work();
                watch.Stop();
                return result;
            }

            long groups = 0, grouped = 0, judged = 0, listed = 0, largest = 0;
            foreach (var metricId in subject.Claims.Metrics)
            {
                var metric = data.GetMetric(metricId);
                var all = Time("1 group by period", () => ConflictQuery.Groups(metric, subject.Claims.For(metricId)).ToList());
                foreach (var (_, members) in all)
                {
                    groups++;
                    grouped += members.Count;
                    if (members.Count < 2 || !Time("2 disagree (one pass)", () => ConflictQuery.Disagree(metric, members)))
                    {
                        continue;
                    }

                    var flags = Time("3 flags", () => ConflictFlags.Of(_ => true, metric, members));
                    if (!flags.Disagreement && !flags.Definitional && !flags.Suspect)
                    {
                        continue;
                    }

                    judged++;
                    var order = Time("4 preference order", () => PreferenceRule.Default.Select(members, metric, data.SourcesById));
                    Time("4b preference: full ranking", () => order!.Ranked.Length);
                    listed += members.Count;
                    largest = Math.Max(largest, members.Count);
                }
            }

            var report = Time("5 whole query (data.Conflicts)", () => data.Conflicts(ConflictFilter.All.WithSubject(OneSubject.FacilityId)));
            var text = Time("6 text of the report", () => report.ToText(int.MaxValue));
            var answer = report.Conflicts.Sum(c => (long)c.Claims.Length);
            Console.WriteLine(FormattableString.Invariant($"{claims} claims: {groups} groups holding {grouped} claims; {judged} conflicts by stage; report {report.Conflicts.Length} conflicts listing {answer} claims (largest {largest}); text {text.Length / 1e6:F1} M chars"));
            foreach (var (stage, watch) in times.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(FormattableString.Invariant($"  {stage,-34} {watch.Elapsed.TotalMilliseconds,10:F1} ms"));
            }
        }
    }
}
