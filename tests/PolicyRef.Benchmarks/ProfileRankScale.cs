using System;
using System.Diagnostics;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Benchmarks
{
    /// <summary>A rough split of a ranking's time at a synthetic scale between the column scan and the rest (best of 15 rounds); not a benchmark.</summary>
    internal static class ProfileRankScale
    {
        public static void Run(int scale)
        {
            var data = PolicyReference.LoadDirectory(Synthetic.Ensure(scale));
            var index = data.Index;
            var asOf = new LocalDate(2024, 12, 31);
            var metric = data.GetMetric(MetricIds.PrisonPopulationRate);
            var column = index.Column(SubjectKind.Country, metric.Id);
            var asOfKey = MetricColumn.DayKey(asOf);
            var tied = 0;
            var rows = 0;
            for (var i = 0; i < data.Countries.Length; i++)
            {
                var latest = int.MinValue;
                var n = 0;
                for (var r = column.Start[i]; r < column.Start[i + 1]; r++)
                {
                    rows++;
                    if (column.End[r] <= asOfKey && (column.Flags[r] & MetricColumn.CompetesStandard) != 0)
                    {
                        n = column.End[r] > latest ? 1 : column.End[r] == latest ? n + 1 : n;
                        latest = Math.Max(latest, column.End[r]);
                    }
                }

                tied += n > 1 ? 1 : 0;
            }

            Console.WriteLine($"{rows} rows, {data.Countries.Length} countries, {tied} with several claims for the latest period");
            void Time(string stage, Func<int> action)
            {
                var best = double.MaxValue;
                var result = action();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                for (var round = 0; round < 30; round++)
                {
                    var watch = Stopwatch.StartNew();
                    result = action();
                    best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                }

                var perRound = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 30;
                Console.WriteLine($"{stage,-40} best {best,8:F2} ms, CPU {perRound,8:F2} ms per round ({result}); GCs in 30 rounds: {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}");
            }

            Time("select per country (column)", () =>
            {
                var n = 0;
                for (var i = 0; i < data.Countries.Length; i++)
                {
                    n += ColumnSelection.Select(column, i, metric, index.SourcesById, asOfKey, out _) is null ? 0 : 1;
                }

                return n;
            });
            Time("choose per country (column)", () =>
            {
                var n = 0;
                for (var i = 0; i < data.Countries.Length; i++)
                {
                    n += ColumnSelection.Choose(column, i, metric, index.SourcesById, asOfKey) < 0 ? 0 : 1;
                }

                return n;
            });
            var chosenValues = new System.Collections.Generic.HashSet<decimal>();
            for (var i = 0; i < data.Countries.Length; i++)
            {
                var row = ColumnSelection.Choose(column, i, metric, index.SourcesById, asOfKey);
                if (row >= 0)
                {
                    chosenValues.Add(column.Number[row]);
                }
            }

            Console.WriteLine($"{chosenValues.Count} distinct values chosen");
            Time("choose and sort entries", () =>
            {
                var entries = new RankEntry[data.Countries.Length];
                var n = 0;
                for (var i = 0; i < data.Countries.Length; i++)
                {
                    var row = ColumnSelection.Choose(column, i, metric, index.SourcesById, asOfKey);
                    if (row >= 0)
                    {
                        entries[n++] = new RankEntry(column.Number[row], i, row);
                    }
                }

                entries.AsSpan(0, n).Sort(new RankEntry.Comparer(true));
                return n;
            });
            Time("RankCountries", () => data.RankCountries(MetricIds.PrisonPopulationRate, asOf).Rows.Length);
            Time("RankCountries, every row's selection read", () =>
            {
                var n = 0;
                foreach (var row in data.RankCountries(MetricIds.PrisonPopulationRate, asOf).Rows)
                {
                    n += row.Selection.HasDisagreement ? 1 : 0;
                }

                return n;
            });
            Time("RankCountries top 10", () => data.RankCountries(MetricIds.PrisonPopulationRate, asOf, RankOptions.Default.WithTop(10)).Rows.Length);
        }
    }
}
