using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PolicyRef.Data;

namespace PolicyRef.Benchmarks
{
    /// <summary>A rough stage-by-stage timing of the load (best of 30), to see where the time goes; not a benchmark.</summary>
    internal static class Profile
    {
        public static void Run(string? directory)
        {
            var asm = typeof(PolicyReference).Assembly;
            var best = new Dictionary<string, double>();
            void Time(string stage, Action action)
            {
                var watch = Stopwatch.StartNew();
                action();
                var ms = watch.Elapsed.TotalMilliseconds;
                best[stage] = best.TryGetValue(stage, out var b) ? Math.Min(b, ms) : ms;
            }

            for (var round = 0; round < 30; round++)
            {
                IReadOnlyList<DataFile> files = Array.Empty<DataFile>();
                Time("1 read files", () => files = directory is null ? DataFiles.FromEmbedded(asm) : DataFiles.FromDirectory(Path.GetFullPath(directory), new List<DataProblem>()));
                Time("2 SHA-256 of every file", () => DataManifest.HashOfSet(files));
                Time("3 STJ tokenise (floor)", () => LoadBenchmarks.Tokenise(files));
                Time("4 fast parse only (JTokens + raw claims)", () =>
                {
                    var reader = new FastJsonReader();
                    foreach (var f in files.Where(f => f.Path != "VERSION"))
                    {
                        reader.Read(f, f.Path.StartsWith("countries/", StringComparison.Ordinal) || f.Path.StartsWith("facilities/", StringComparison.Ordinal) || f.Path.StartsWith("policies/", StringComparison.Ordinal), out _);
                    }
                });
                Time("5 whole fast path (files in memory)", () => DataSetLoader.TryLoadFast(files, null, Shared.Today, "x"));
                Time("6 whole load (read + manifest + fast path)", () => Shared.LoadEmbedded());
                Time("7 snapshot: read + SHA-256 + decode", () => PolicyReference.LoadEmbedded());
                byte[] snapshot = Array.Empty<byte>();
                Time("7a snapshot: read the resource", () =>
                {
                    using var stream = asm.GetManifestResourceStream(Data.Snapshot.SnapshotFormat.ResourceName)!;
                    snapshot = DataFiles.ReadAll(stream);
                });
                Time("7b snapshot: SHA-256", () => DataManifest.HashOf(snapshot));
                Time("7c snapshot: decode", () => Data.Snapshot.SnapshotReader.Read(snapshot, "snapshot"));
            }

            foreach (var (stage, ms) in best.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"{stage,-45} {ms,8:F1} ms");
            }
        }
    }
}
