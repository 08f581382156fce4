using System;
using System.Diagnostics;
using System.Linq;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// The ScaleBenchmarks queries timed with a stopwatch (best of 7 rounds, each at least 50 ms) on one loaded set, for
    /// sizes too large to load once per benchmark case (1000×: 8.6 GB of JSON); also prints the load itself.
    /// </summary>
    internal static class ScaleQueries
    {
        public static void Run(int scale)
        {
            var directory = Synthetic.Ensure(scale);
            var watch = Stopwatch.StartNew();
            var data = PolicyReference.LoadDirectory(directory);
            Console.WriteLine($"{scale}x: LoadDirectory {watch.Elapsed.TotalSeconds:F1} s, {data.Countries.Length:N0} countries");
            var asOf = new LocalDate(2015, 12, 31);
            var country = data.GetCountry(Synthetic.CountryCode(7));
            var policy = data.GetPolicy(Synthetic.PolicyId(3));
            var trio = new[] { Synthetic.FacilityId(1), Synthetic.FacilityId(2), Synthetic.FacilityId(3) };
            var impact = ImpactOptions.Years(3, 2).WithComparisonGroup(Synthetic.CountryCode(8), Synthetic.CountryCode(9));
            Time("lookup", () => data.Select(data.GetFacility(trio[0]), MetricIds.WallHeight));
            Time("compare 3 facilities", () => data.CompareFacilities(trio));
            Time("series (one country)", () => data.Series(country, MetricIds.HomicideRate));
            Time("impact (country + 2)", () => data.Impact(policy, MetricIds.HomicideRate, impact));
            Time("conflicts (one subject)", () => data.Conflicts(ConflictFilter.All.WithSubject(country.Id)));
            Time("assess (one facility)", () => data.Assess(data.GetFacility(trio[0])));
            Time("rank (all countries)", () => data.RankCountries(MetricIds.PrisonPopulationRate, asOf));
            GC.Collect();
            var retained = GC.GetTotalMemory(true);
            var peak = System.IO.File.ReadAllLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) ?? "VmHWM: ?";
            Console.WriteLine($"  managed heap with the set alive: {retained / 1e9:F2} GB; peak: {peak}");
            GC.KeepAlive(data);
        }

        private static void Time(string name, Func<object?> query)
        {
            var best = double.MaxValue;
            for (var round = 0; round < 7; round++)
            {
                var count = 0;
                var watch = Stopwatch.StartNew();
                do
                {
                    GC.KeepAlive(query());
                    count++;
                }
                while (watch.ElapsedMilliseconds < 50);
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds * 1000 / count);
            }

            Console.WriteLine($"  {name,-26} {best,14:N2} µs");
        }
    }
}
