using BenchmarkDotNet.Attributes;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// The grouping by period and the flags of every group of <see cref="OneSubject"/>'s claims, as <c>conflicts --subject</c>
    /// works them out: every period against every claim, every group against every other and every pair of a group compared
    /// (before), against the grouping by nearby periods and the flags from interval ends. Not at 192,000 claims: the pairwise
    /// code there runs for minutes a call.
    /// </summary>
    [MemoryDiagnoser]
    public class ConflictGroupingBenchmarks
    {
        private PolicyReference data = null!;

        [Params(5_000, 40_000)]
        public int Claims { get; set; }

        [GlobalSetup]
        public void Setup() => data = OneSubject.Load(Claims);

        [Benchmark(Baseline = true, Description = "pairwise (before)")]
        public int Pairwise() => OneSubject.ConflictGroupsAndFlags(data, pairwise: true);

        [Benchmark(Description = "nearby periods, interval ends")]
        public int Indexed() => OneSubject.ConflictGroupsAndFlags(data, pairwise: false);
    }
}
