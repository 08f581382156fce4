using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyRef;
using PolicyRef.Data;
using SharpFuzz;

namespace PolicyRef.Fuzz
{
    /// <summary>
    /// An AFL++ harness for the loader: each input replaces one facility file of the test fixture. The loader must load
    /// the set or throw <see cref="PolicyDataException"/>; any other exception is a finding. See docs/fuzzing.md.
    /// </summary>
    public static class Program
    {
        private const string Target = "facilities/AAA/alpha-max.json";

        /// <summary>Runs the harness under AFL++, or replays the given files when run with arguments.</summary>
        /// <param name="args">Files to replay; none to run under the fuzzer.</param>
        public static void Main(string[] args)
        {
            var fixture = Fixture();
            if (args.Length > 0)
            {
                foreach (var file in args)
                {
                    Console.WriteLine($"{file}: {Outcome(fixture, File.ReadAllBytes(file))}");
                }

                return;
            }

            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                try
                {
                    Load(fixture, buffer.ToArray());
                }
                catch (PolicyDataException)
                {
                    // The one expected way to refuse data; anything else escapes and is reported by the fuzzer as a crash.
                }
            });
        }

        private static string Outcome(IReadOnlyList<(string Path, byte[] Content)> fixture, byte[] input)
        {
            try
            {
                Load(fixture, input);
                return "loaded";
            }
            catch (PolicyDataException e)
            {
                return $"refused with {e.Problems.Length} problem(s)";
            }
        }

        private static void Load(IReadOnlyList<(string Path, byte[] Content)> fixture, byte[] input)
        {
            // DataFile lives in the instrumented assembly, so it is built here, never before the fuzzer starts.
            var files = fixture.Where(f => f.Path != Target).Select(f => new DataFile(f.Path, f.Content)).Append(new DataFile(Target, input)).ToList();
            PolicyReference.LoadFiles(files, null, new NodaTime.LocalDate(2026, 11, 25));
        }

        private static List<(string Path, byte[] Content)> Fixture()
        {
            var assembly = typeof(Program).Assembly;
            return assembly.GetManifestResourceNames().Where(n => n.StartsWith("fixture/", StringComparison.Ordinal)).Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return (n.Substring("fixture/".Length), buffer.ToArray());
            }).ToList();
        }
    }
}
