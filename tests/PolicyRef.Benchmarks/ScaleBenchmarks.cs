using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// The queries on synthetic sets of 1×, 10× and 100× the shipped set's claims (more countries, facilities and
    /// policies; each subject as deep as at 1×). A keyed query should stay flat; a ranking grows with the countries.
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    [CategoriesColumn]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    public class ScaleBenchmarks
    {
        private static readonly LocalDate AsOf = new LocalDate(2015, 12, 31);
        private PolicyReference data = null!;
        private Country country = null!;
        private Policy policy = null!;
        private string[] trio = null!;
        private ImpactOptions impact = null!;

        [Params(1, 10, 100)]
        public int Scale { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            data = PolicyReference.LoadDirectory(Synthetic.Ensure(Scale));
            country = data.GetCountry(Synthetic.CountryCode(7));
            policy = data.GetPolicy(Synthetic.PolicyId(3));
            trio = new[] { Synthetic.FacilityId(1), Synthetic.FacilityId(2), Synthetic.FacilityId(3) };
            impact = ImpactOptions.Years(3, 2).WithComparisonGroup(Synthetic.CountryCode(8), Synthetic.CountryCode(9));
        }

        [Benchmark(Baseline = true, Description = "naive scan")]
        [BenchmarkCategory("lookup")]
        public ClaimSelection? LookupNaive() => Naive.Lookup(data, trio[0], MetricIds.WallHeight);

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("lookup")]
        public ClaimSelection? Lookup() => data.Select(data.GetFacility(trio[0]), MetricIds.WallHeight);

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("compare 3 facilities")]
        public FacilityComparison Compare() => data.CompareFacilities(trio);

        [Benchmark(Baseline = true, Description = "naive scan")]
        [BenchmarkCategory("rank (all countries)")]
        public int RankNaive() => Naive.Rank(data, MetricIds.PrisonPopulationRate, AsOf).Count;

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("rank (all countries)")]
        public Ranking Rank() => data.RankCountries(MetricIds.PrisonPopulationRate, AsOf);

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("series (one country)")]
        public Series Series() => data.Series(country, MetricIds.HomicideRate);

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("impact (country + 2)")]
        public ImpactAnalysis Impact() => data.Impact(policy, MetricIds.HomicideRate, impact);

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("conflicts (one subject)")]
        public int ConflictsOfOne() => data.Conflicts(ConflictFilter.All.WithSubject(country.Id)).Conflicts.Length;

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("assess (one facility)")]
        public object Assess() => data.Assess(data.GetFacility(trio[0]));
    }
}
