using System;
using System.Diagnostics;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// <c>one-subject N…</c>: one timed call of each one-subject query on a fresh set, for sizes too slow for
    /// BenchmarkDotNet's repeated runs (the quadratic code took minutes at 192,000 claims).
    /// </summary>
    public static class OneSubjectTimes
    {
        public static void Run(int claims)
        {
            // ONE_SUBJECT_QUERIES=conflicts,series leaves out the others (show took half an hour at 192,000 claims before); groups and
            // groups-pairwise time the part of conflicts that compared everything with everything, as it is and as it was.
            var only = Environment.GetEnvironmentVariable("ONE_SUBJECT_QUERIES");
            foreach (var (name, query) in new (string, Func<PolicyReference, int>)[]
            {
                ("show", OneSubject.Show), ("conflicts", OneSubject.Conflicts), ("series", OneSubject.Series),
                ("groups", d => OneSubject.ConflictGroupsAndFlags(d, pairwise: false)), ("groups-pairwise", d => OneSubject.ConflictGroupsAndFlags(d, pairwise: true)),
            })
            {
                if (only is not null && Array.IndexOf(only.Split(','), name) < 0)
                {
                    continue;
                }

                var data = OneSubject.Load(claims);
                var watch = Stopwatch.StartNew();
                var result = query(data);
                Console.WriteLine(FormattableString.Invariant($"{claims} claims  {name,-10} {watch.Elapsed.TotalMilliseconds,10:F1} ms  ({result} rows)"));
            }
        }
    }
}
