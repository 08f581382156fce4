using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Newtonsoft.Json.Linq;
using PolicyRef.Data;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// Loading the shipped set (10 MB of JSON, 32,000 claims), a fresh load each operation, against the floor (read the
    /// bytes and tokenise them with System.Text.Json, building nothing) and a naive loader (Newtonsoft JToken trees of
    /// every file, no validation, no model).
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    [CategoriesColumn]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    public class LoadBenchmarks
    {
        private string directory = string.Empty;

        [GlobalSetup]
        public void Setup() => directory = Shared.RepositoryData();

        [Benchmark(Baseline = true, Description = "floor: read + tokenise (STJ)")]
        [BenchmarkCategory("embedded")]
        public int EmbeddedFloor() => Tokenise(Shared.EmbeddedFiles());

        [Benchmark(Description = "naive: read + JToken trees")]
        [BenchmarkCategory("embedded")]
        public int EmbeddedNaive() => Trees(Shared.EmbeddedFiles());

        [Benchmark(Description = "PolicyRef: load embedded (validated)")]
        [BenchmarkCategory("embedded")]
        public PolicyReference Embedded() => Shared.LoadEmbedded();

        [Benchmark(Description = "PolicyRef: load embedded snapshot (Default)")]
        [BenchmarkCategory("embedded")]
        public PolicyReference EmbeddedSnapshot() => PolicyReference.LoadEmbedded();

        [Benchmark(Baseline = true, Description = "floor: read dir + tokenise (STJ)")]
        [BenchmarkCategory("directory")]
        public int DirectoryFloor() => Tokenise(DataFiles.FromDirectory(directory, new List<DataProblem>()));

        [Benchmark(Description = "PolicyRef: LoadDirectory(data/)")]
        [BenchmarkCategory("directory")]
        public PolicyReference Directory() => PolicyReference.LoadDirectory(directory);

        internal static int Tokenise(IReadOnlyList<DataFile> files)
        {
            var tokens = 0;
            foreach (var file in files)
            {
                if (file.Path == "VERSION")
                {
                    continue;
                }

                var reader = new Utf8JsonReader(file.Content);
                while (reader.Read())
                {
                    tokens++;
                }
            }

            return tokens;
        }

        private static int Trees(IReadOnlyList<DataFile> files) =>
            files.Where(f => f.Path != "VERSION").Select(f => JToken.Parse(Encoding.UTF8.GetString(f.Content))).Count();
    }
}
