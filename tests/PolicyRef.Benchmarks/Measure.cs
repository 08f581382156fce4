using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// <c>measure shipped|embedded|SCALE [runs]</c>: times whole loads with a stopwatch (a fresh load each run, the
    /// median reported), the JSON throughput, the managed memory the loaded set keeps and the process's peak RSS. Run one
    /// size per process so that the peak belongs to that size.
    /// </summary>
    public static class Measure
    {
        public static int Run(string[] args)
        {
            var what = args.FirstOrDefault() ?? "embedded";
            var runs = args.Length > 1 ? int.Parse(args[1]) : 5;
            string? directory = what switch
            {
                "embedded" => null,
                "shipped" => Shared.RepositoryData(),
                _ => Synthetic.Ensure(int.Parse(what.TrimEnd('x'))),
            };
            var bytes = directory is null ? Shared.JsonBytes(Shared.EmbeddedFiles()) : Shared.JsonBytes(directory);
            var times = new double[runs];
            long retained = 0;
            var claims = 0;
            for (var i = 0; i < runs; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var before = GC.GetTotalMemory(true);
                var watch = Stopwatch.StartNew();
                var set = directory is null ? Shared.LoadEmbedded() : PolicyReference.LoadDirectory(directory);
                times[i] = watch.Elapsed.TotalMilliseconds;
                retained = GC.GetTotalMemory(true) - before;
                claims = set.Subjects.Sum(s => s.Claims.Count);
                GC.KeepAlive(set);
            }

            var sorted = times.OrderBy(t => t).ToArray();
            var median = sorted[sorted.Length / 2];
            Console.WriteLine($"{what}: {claims:N0} claims, {bytes / 1e6:F1} MB JSON; load median {median:F1} ms (min {sorted[0]:F1}, max {sorted[^1]:F1}, runs {runs}: {string.Join(" ", times.Select(t => t.ToString("F0")))}); "
                + $"{bytes / 1e6 / (median / 1000):F0} MB/s; retained {retained / 1e6:F1} MB = {(double)retained / bytes:F2}x JSON; peak RSS {PeakRss() / 1e6:F0} MB = {(double)PeakRss() / bytes:F2}x JSON");
            return 0;
        }

        private static long PeakRss()
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
    }
}
