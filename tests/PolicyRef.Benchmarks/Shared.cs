using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using PolicyRef.Data;

namespace PolicyRef.Benchmarks
{
    /// <summary>Loader entry points and paths the benchmarks share.</summary>
    public static class Shared
    {
        /// <summary>The load date the benchmarks use, fixed so that every run checks the same rules.</summary>
        public static readonly LocalDate Today = new LocalDate(2026, 11, 25);

        /// <summary>The repository's data/ directory, found by walking up from the working directory or the binaries.</summary>
        public static string RepositoryData()
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "PolicyRef.sln")) && Directory.Exists(Path.Combine(dir.FullName, "data")))
                    {
                        return Path.Combine(dir.FullName, "data");
                    }
                }
            }

            throw new DirectoryNotFoundException("Run the benchmarks from inside the repository (PolicyRef.sln and data/ not found).");
        }

        /// <summary>The embedded set, loaded afresh the way <c>PolicyReference.Default</c> loads it: read, check the manifest, validate, build.</summary>
        public static PolicyReference LoadEmbedded()
        {
            var assembly = typeof(PolicyReference).Assembly;
            var files = DataFiles.FromEmbedded(assembly);
            return DataSetLoader.Load(files, DataManifest.Verify(files, DataManifest.ReadEmbedded(assembly)), null, Today, "unversioned");
        }

        /// <summary>The embedded files' bytes and their total size.</summary>
        internal static IReadOnlyList<DataFile> EmbeddedFiles() => DataFiles.FromEmbedded(typeof(PolicyReference).Assembly);

        internal static long JsonBytes(IEnumerable<DataFile> files) => files.Where(f => f.Path != "VERSION").Sum(f => (long)f.Content.Length);

        public static long JsonBytes(string directory) =>
            Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Where(p => !p.Contains("/schema/", StringComparison.Ordinal)).Sum(p => new FileInfo(p).Length);
    }
}
