using BenchmarkDotNet.Attributes;

namespace PolicyRef.Benchmarks
{
    /// <summary>Loading the synthetic sets: a fresh LoadDirectory each operation.</summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class ScaleLoadBenchmarks
    {
        private string directory = string.Empty;

        [Params(1, 10, 100)]
        public int Scale { get; set; }

        [GlobalSetup]
        public void Setup() => directory = Synthetic.Ensure(Scale);

        [Benchmark(Description = "LoadDirectory")]
        public int Load() => PolicyReference.LoadDirectory(directory).Countries.Length;
    }
}
