using BenchmarkDotNet.Attributes;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// The preference rule's corroboration count for every claim of one metric of <see cref="OneSubject"/> (an eighth of
    /// its claims): each compared with every other, as before, against the index. Not at 192,000 claims: the pairwise
    /// count there runs past the in-process toolchain's time limit.
    /// </summary>
    [MemoryDiagnoser]
    public class CorroborationBenchmarks
    {
        private PolicyReference data = null!;

        [Params(5_000, 40_000)]
        public int Claims { get; set; }

        [GlobalSetup]
        public void Setup() => data = OneSubject.Load(Claims);

        [Benchmark(Baseline = true, Description = "every pair compared (before)")]
        public int Pairwise() => OneSubject.CorroborationPairwise(data);

        [Benchmark(Description = "indexed")]
        public int Indexed() => OneSubject.CorroborationIndexed(data);
    }
}
