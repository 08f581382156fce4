using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// Queries on one subject with 5,000, 40,000 and 192,000 claims (<see cref="OneSubject"/>): each should grow about
    /// linearly with the subject's claims. None of the three memoises its answer, so the set is loaded once.
    /// </summary>
    [MemoryDiagnoser]
    [CategoriesColumn]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    public class OneSubjectBenchmarks
    {
        private PolicyReference data = null!;

        [Params(5_000, 40_000, 192_000)]
        public int Claims { get; set; }

        [GlobalSetup]
        public void Setup() => data = OneSubject.Load(Claims);

        [Benchmark(Description = "show")]
        [BenchmarkCategory("show")]
        public int Show() => OneSubject.Show(data);

        [Benchmark(Description = "conflicts --subject")]
        [BenchmarkCategory("conflicts")]
        public int Conflicts() => OneSubject.Conflicts(data);

        [Benchmark(Description = "series")]
        [BenchmarkCategory("series")]
        public int Series() => OneSubject.Series(data);
    }
}
