using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using NodaTime;
using PolicyRef.Export;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// PolicyRef against DuckDB (DuckDB.NET, in process, in memory) over the same data's CSV export (observations.csv),
    /// loaded into a DuckDB table once in setup with each period's end date precomputed, and queried with prepared
    /// statements. Ratio is over DuckDB: below 0.1 means PolicyRef is more than 10× faster.
    /// The SQL answers a simpler question than PolicyRef does (latest period, then source id; PolicyRef applies the
    /// whole preference rule and keeps every alternative), so the comparison favours DuckDB.
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    [CategoriesColumn]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    public class DuckDbBenchmarks
    {
        private const string RankSql = """
            SELECT subject_id, value_num, period, source_id FROM obs
            WHERE subject_type = 'country' AND metric = $metric AND period_end <= $asof AND value_num IS NOT NULL
            QUALIFY row_number() OVER (PARTITION BY subject_id ORDER BY period_end DESC, source_id) = 1
            ORDER BY value_num DESC, subject_id
            """;

        private const string SeriesSql = """
            SELECT period, value_num, source_id FROM obs
            WHERE subject_type = 'country' AND subject_id = $subject AND metric = $metric AND length(period) = 4
            QUALIFY row_number() OVER (PARTITION BY period ORDER BY source_id) = 1
            ORDER BY period
            """;

        private const string AggregateSql = """
            SELECT metric, year(period_end) AS y, avg(value_num) AS mean, count(*) AS n FROM obs
            WHERE subject_type = 'country' AND value_num IS NOT NULL
            GROUP BY metric, y ORDER BY metric, y
            """;

        private static readonly LocalDate AsOf = new LocalDate(2024, 12, 31);
        private PolicyReference data = null!;
        private string directory = string.Empty;
        private DuckDBConnection connection = null!;
        private DuckDBCommand rank = null!;
        private DuckDBCommand series = null!;
        private DuckDBCommand aggregate = null!;
        private Country country = null!;

        [Params("shipped", "1x", "10x", "100x")]
        public string Data { get; set; } = "shipped";

        [GlobalSetup]
        public void Setup()
        {
            data = Data == "shipped" ? Shared.LoadEmbedded() : PolicyReference.LoadDirectory(Synthetic.Ensure(int.Parse(Data.TrimEnd('x'))));
            country = data.GetCountry(Data == "shipped" ? "SLV" : Synthetic.CountryCode(7));
            directory = Path.Combine(Path.GetTempPath(), "policyref-duckdb-" + Environment.ProcessId);
            CsvExport.Write(data, directory);
            connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            using (var create = connection.CreateCommand())
            {
                create.CommandText = $"""
                    CREATE TABLE obs AS
                    SELECT *, TRY_CAST(value AS DOUBLE) AS value_num,
                      CASE WHEN contains(period, '/') THEN CAST(split_part(period, '/', 2) AS DATE)
                           WHEN length(period) = 4 THEN make_date(CAST(period AS INTEGER), 12, 31)
                           WHEN length(period) = 7 THEN last_day(CAST(period || '-01' AS DATE))
                           ELSE CAST(period AS DATE) END AS period_end
                    FROM read_csv('{Path.Combine(directory, "observations.csv")}', header = true, all_varchar = true)
                    """;
                create.ExecuteNonQuery();
            }

            rank = Prepare(RankSql, ("metric", MetricIds.PrisonPopulationRate.Value), ("asof", new DateTime(2024, 12, 31)));
            series = Prepare(SeriesSql, ("subject", country.Id), ("metric", MetricIds.HomicideRate.Value));
            aggregate = Prepare(AggregateSql);
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            rank.Dispose();
            series.Dispose();
            aggregate.Dispose();
            connection.Dispose();
            Directory.Delete(directory, true);
        }

        [Benchmark(Baseline = true, Description = "DuckDB SQL")]
        [BenchmarkCategory("point: rank one metric as of a date")]
        public int RankDuckDb() => Rows(rank);

        [Benchmark(Description = "PolicyRef RankCountries")]
        [BenchmarkCategory("point: rank one metric as of a date")]
        public int Rank() => data.RankCountries(MetricIds.PrisonPopulationRate, AsOf).Rows.Length;

        // What a printed ranking reads of every row: the source, and whether any source disagrees (which builds each
        // row's selection with its alternatives; a ranking that is not read that far never builds them).
        [Benchmark(Description = "PolicyRef RankCountries, every row's source and disagreement read")]
        [BenchmarkCategory("point: rank one metric as of a date")]
        public int RankRead()
        {
            var disagreeing = 0;
            foreach (var row in data.RankCountries(MetricIds.PrisonPopulationRate, AsOf).Rows)
            {
                disagreeing += row.Source.Id.Length > 0 && row.Selection.HasDisagreement ? 1 : 0;
            }

            return disagreeing;
        }

        [Benchmark(Baseline = true, Description = "DuckDB SQL")]
        [BenchmarkCategory("point: one country's series")]
        public int SeriesDuckDb() => Rows(series);

        [Benchmark(Description = "PolicyRef Series")]
        [BenchmarkCategory("point: one country's series")]
        public int Series() => data.Series(country, MetricIds.HomicideRate).Points.Length;

        [Benchmark(Baseline = true, Description = "DuckDB SQL")]
        [BenchmarkCategory("ad hoc: mean per metric and year, all countries")]
        public int AggregateDuckDb() => Rows(aggregate);

        [Benchmark(Description = "PolicyRef + LINQ over Claims")]
        [BenchmarkCategory("ad hoc: mean per metric and year, all countries")]
        public int Aggregate() => data.Countries
            .SelectMany(c => c.Claims)
            .Where(c => c.Value.Kind == ClaimValueKind.Number)
            .GroupBy(c => (c.Metric, c.Period.End.Year))
            .Select(g => (g.Key, Mean: g.Average(c => (double)c.Value.Number), N: g.Count()))
            .OrderBy(x => x.Key.Metric).ThenBy(x => x.Key.Year)
            .Count();

        private static int Rows(DuckDBCommand command)
        {
            using var reader = command.ExecuteReader();
            var rows = 0;
            while (reader.Read())
            {
                _ = reader.GetValue(0);
                _ = reader.GetValue(1);
                rows++;
            }

            return rows;
        }

        private DuckDBCommand Prepare(string sql, params (string Name, object Value)[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(new DuckDBParameter(name, value));
            }

            command.Prepare();
            return command;
        }
    }
}
