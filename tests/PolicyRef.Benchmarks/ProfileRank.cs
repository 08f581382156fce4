using System;
using System.Diagnostics;
using System.Linq;
using NodaTime;
using PolicyRef.Model;

namespace PolicyRef.Benchmarks
{
    /// <summary>A rough split of a ranking's time between its stages (best of 20 rounds of 200); not a benchmark.</summary>
    internal static class ProfileRank
    {
        public static void Run()
        {
            var data = PolicyReference.Default;
            var asOf = new LocalDate(2024, 12, 31);
            var metric = data.GetMetric(MetricIds.PrisonPopulationRate);
            void Time(string stage, Func<int> action)
            {
                var best = double.MaxValue;
                for (var round = 0; round < 20; round++)
                {
                    var watch = Stopwatch.StartNew();
                    for (var i = 0; i < 200; i++)
                    {
                        action();
                    }

                    best = Math.Min(best, watch.Elapsed.TotalMilliseconds * 1000 / 200);
                }

                Console.WriteLine($"{stage,-50} {best,8:F1} µs");
            }

            Time("1 For() per country", () => data.Countries.Sum(c => c.Claims.For(MetricIds.PrisonPopulationRate).Length));
            Time("2 SelectFrom per country (chosen only)", () => data.Countries.Count(c => { var claims = c.Claims.For(MetricIds.PrisonPopulationRate); return !claims.IsEmpty && PreferenceRule.Default.SelectFrom(claims, metric, data.SourcesById, asOf) is not null; }));
            var selections = data.Countries.Select(c => (Country: c, Selection: c.Claims.For(MetricIds.PrisonPopulationRate).IsEmpty ? null : PreferenceRule.Default.SelectFrom(c.Claims.For(MetricIds.PrisonPopulationRate), metric, data.SourcesById, asOf))).Where(x => x.Selection is not null).ToList();
            Time("2a GetSource per chosen claim", () => selections.Count(x => data.GetSource(x.Selection!.Chosen.SourceId) is not null));
            Time("2b WithheldStatistics per country", () => selections.Count(x => data.WithheldStatistics(x.Country, asOf) is not null));
            Time("2c HasDisagreement (eager part of a selection)", () => selections.Count(x => x.Selection!.HasDisagreement));
            Time("2d sort by value", () => selections.OrderByDescending(x => x.Selection!.Chosen.Value.Number).ThenBy(x => x.Country.Id, StringComparer.Ordinal).Count());
            Time("3 RankCountries", () => data.RankCountries(MetricIds.PrisonPopulationRate, asOf).Rows.Length);
            Time("4 RankCountries top 10", () => data.RankCountries(MetricIds.PrisonPopulationRate, asOf, Queries.RankOptions.Default.WithTop(10)).Rows.Length);
        }
    }
}
