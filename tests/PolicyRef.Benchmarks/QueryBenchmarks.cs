using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PolicyRef.Export;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// The queries on the shipped set, each beside its naive baseline (a LINQ scan over all 32,000 claims for the same
    /// answer, then the same preference rule). Ratio is PolicyRef over naive: below 1 is faster.
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    [CategoriesColumn]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    public class QueryBenchmarks
    {
        private static readonly string[] Trio = { "cecot", "adx-florence", "halden" };
        private static readonly LocalDate AsOf = new LocalDate(2024, 12, 31);
        private PolicyReference data = null!;
        private Facility cecot = null!;
        private Country slv = null!;
        private Policy exception = null!;
        private string exportDirectory = string.Empty;

        [GlobalSetup]
        public void Setup()
        {
            data = Shared.LoadEmbedded();
            cecot = data.GetFacility("cecot");
            slv = data.GetCountry("SLV");
            exception = data.GetPolicy("slv-state-of-exception-2022");
            exportDirectory = Path.Combine(Path.GetTempPath(), "policyref-bench-export-" + Environment.ProcessId);
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            if (Directory.Exists(exportDirectory))
            {
                Directory.Delete(exportDirectory, true);
            }
        }

        [Benchmark(Baseline = true, Description = "naive scan")]
        [BenchmarkCategory("lookup: Select(cecot, wall-height)")]
        public ClaimSelection? LookupNaive() => Naive.Lookup(data, "cecot", MetricIds.WallHeight);

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("lookup: Select(cecot, wall-height)")]
        public ClaimSelection? Lookup() => data.Select(data.GetFacility("cecot"), MetricIds.WallHeight);

        [Benchmark(Baseline = true, Description = "naive scan")]
        [BenchmarkCategory("compare cecot adx-florence halden")]
        public int CompareNaive() => Naive.Compare(data, Trio);

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("compare cecot adx-florence halden")]
        public FacilityComparison Compare() => data.CompareFacilities(Trio);

        [Benchmark(Baseline = true, Description = "naive scan")]
        [BenchmarkCategory("rank prison-population-rate as of 2024-12-31")]
        public int RankNaive() => Naive.Rank(data, MetricIds.PrisonPopulationRate, AsOf).Count;

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("rank prison-population-rate as of 2024-12-31")]
        public Ranking Rank() => data.RankCountries(MetricIds.PrisonPopulationRate, AsOf);

        /// <summary>
        /// What an index walk costs with no preference detail: the latest claim per country as of the date. The floor for a
        /// ranking that computed each row's full selection (alternatives, disagreements, explanation) only when asked.
        /// </summary>
        [Benchmark(Description = "floor: latest claim per country via ClaimSet.For")]
        [BenchmarkCategory("rank prison-population-rate as of 2024-12-31")]
        public int RankFloor()
        {
            var rows = 0;
            foreach (var country in data.Countries)
            {
                Claim? best = null;
                foreach (var claim in country.Claims.For(MetricIds.PrisonPopulationRate))
                {
                    if (claim.Period.End <= AsOf && (best is null || claim.Period.End > best.Period.End))
                    {
                        best = claim;
                    }
                }

                rows += best is null ? 0 : 1;
            }

            return rows;
        }

        [Benchmark(Baseline = true, Description = "naive scan")]
        [BenchmarkCategory("series SLV homicide-rate")]
        public int SeriesNaive() => Naive.Series(data, "SLV", MetricIds.HomicideRate).Count;

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("series SLV homicide-rate")]
        public Series Series() => data.Series(slv, MetricIds.HomicideRate);

        [Benchmark(Baseline = true, Description = "naive scan")]
        [BenchmarkCategory("impact slv-state-of-exception-2022 homicide-rate")]
        public int ImpactNaive() => Naive.Impact(data, exception, MetricIds.HomicideRate);

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("impact slv-state-of-exception-2022 homicide-rate")]
        public ImpactAnalysis Impact() => data.Impact(exception, MetricIds.HomicideRate, ImpactOptions.Years(3, 2));

        [Benchmark(Baseline = true, Description = "naive scan")]
        [BenchmarkCategory("conflicts (all)")]
        public int ConflictsNaive() => Naive.Conflicts(data);

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("conflicts (all)")]
        public ConflictReport Conflicts() => data.Conflicts();

        [Benchmark(Baseline = true, Description = "naive scan")]
        [BenchmarkCategory("assess cecot")]
        public int AssessNaive() => Naive.Assess(data, "cecot");

        [Benchmark(Description = "PolicyRef")]
        [BenchmarkCategory("assess cecot")]
        public object Assess() => data.Assess(cecot);

        [Benchmark(Baseline = true, Description = "naive: unsorted lines, no quoting")]
        [BenchmarkCategory("CSV export (5 files)")]
        public void ExportNaive()
        {
            Directory.CreateDirectory(exportDirectory);
            File.WriteAllLines(Path.Combine(exportDirectory, "naive.csv"), System.Linq.Enumerable.Select(data.Claims, c => string.Join(",", c.SubjectId, c.Metric.Value, c.Value.ToString(), c.Unit.Symbol, c.Period.ToString(), c.SourceId, c.Note)));
        }

        [Benchmark(Description = "PolicyRef CsvExport.Write")]
        [BenchmarkCategory("CSV export (5 files)")]
        public void Export() => CsvExport.Write(data, exportDirectory);
    }
}
