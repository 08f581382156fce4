using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/PolicyRef.Benchmarks -- [--filter '*Query*'] [BenchmarkDotNet options]</c>
    /// runs benchmarks (ShortRun, in process, unless a job is given); <c>generate SCALE</c> writes a synthetic set;
    /// <c>measure SCALE</c> times loads and memory at a scale; <c>profile [DIR]</c> times the stages of one load.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            switch (args.FirstOrDefault())
            {
                case "scale-queries":
                    ScaleQueries.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
                    return 0;
                case "one-subject":
                    foreach (var claims in args.Skip(1).Select(int.Parse))
                    {
                        OneSubjectTimes.Run(claims);
                    }

                    return 0;
                case "profile-conflicts":
                    foreach (var claims in args.Skip(1).Select(int.Parse))
                    {
                        ProfileConflicts.Run(claims);
                    }

                    return 0;
                case "profile-rank":
                    if (args.Length > 1)
                    {
                        ProfileRankScale.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        ProfileRank.Run();
                    }

                    return 0;
                case "profile":
                    Profile.Run(args.Length > 1 ? args[1] : null);
                    return 0;
                case "generate":
                    foreach (var scale in args.Skip(1).Select(int.Parse))
                    {
                        var started = DateTime.UtcNow;
                        var directory = Synthetic.Ensure(scale);
                        Console.WriteLine($"{scale}x: {SyntheticShape.ForScale(scale)} in {directory} ({Shared.JsonBytes(directory) / 1e6:F0} MB, {(DateTime.UtcNow - started).TotalSeconds:F0} s)");
                    }

                    return 0;
                case "check":
                    {
                        var problems = new System.Collections.Generic.List<PolicyRef.Data.DataProblem>();
                        var files = PolicyRef.Data.DataFiles.FromDirectory(System.IO.Path.GetFullPath(args[1]), problems);
                        Console.WriteLine($"{files.Count} files, {problems.Count} file problems; fast path: {(PolicyRef.Data.DataSetLoader.TryLoadFast(files, null, Shared.Today, "local") is null ? "gave up" : "loaded")}");
                        return 0;
                    }

                case "measure":
                    return Measure.Run(args.Skip(1).ToArray());
            }

            if (!args.Contains("--job") && !args.Contains("-j") && !args.Contains("--inProcess") && !args.Contains("--outOfProcess"))
            {
                // ShortRun in process, with a timeout that a 100× set's setup meets on a busy shared machine (the default is 5 minutes).
                var job = Job.ShortRun.WithToolchain(new BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain(TimeSpan.FromMinutes(60), true));
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
                return 0;
            }

            if (!args.Contains("--job") && !args.Contains("-j"))
            {
                args = args.Concat(new[] { "--job", "short" }).ToArray();
            }

            if (!args.Contains("--inProcess") && !args.Contains("--outOfProcess"))
            {
                args = args.Concat(new[] { "--inProcess" }).ToArray();
            }

            args = args.Where(a => a != "--outOfProcess").ToArray();
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
