using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Tests
{
    public class RankTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();

        [Fact]
        public void Ranks_the_latest_figure_at_or_before_the_date_and_says_which_period()
        {
            var ranking = Reference.RankCountries(MetricIds.PrisonPopulationRate, new LocalDate(2024, 12, 31));
            Assert.Equal(new[] { "AAA", "BBB" }, ranking.Rows.Select(r => r.Subject.Id));
            Assert.Equal(1100m, ranking.Rows[0].Value);
            Assert.Equal("2023", ranking.Rows[0].Period.ToString());
            Assert.Equal("stat-office-2023", ranking.Rows[0].Source.Id);
            Assert.Equal(new[] { "CCC", "EEE" }, ranking.WithoutFigure.Select(s => s.Id));
        }

        [Fact]
        public void An_earlier_date_uses_an_earlier_figure()
        {
            var row = Assert.Single(Reference.RankCountries(MetricIds.PrisonPopulationRate, new LocalDate(2020, 6, 30)).Rows);
            Assert.Equal(600m, row.Value);
        }

        [Fact]
        public void Region_filter_accepts_code_or_name()
        {
            var byCode = Reference.RankCountries(MetricIds.HomicideRate, new LocalDate(2024, 12, 31), RankOptions.Default.WithRegion("900"));
            var byName = Reference.RankCountries(MetricIds.HomicideRate, new LocalDate(2024, 12, 31), RankOptions.Default.WithRegion("test region"));
            Assert.Equal(new[] { "BBB", "CCC", "AAA" }, byCode.Rows.Select(r => r.Subject.Id));
            Assert.Equal(byCode.Rows.Select(r => r.Subject.Id), byName.Rows.Select(r => r.Subject.Id));
        }

        [Fact]
        public void Maximum_age_leaves_out_stale_figures()
        {
            var ranking = Reference.RankCountries(MetricIds.HomicideRate, new LocalDate(2030, 12, 31), RankOptions.Default.WithMaximumAge(NodaTime.Period.FromYears(2)));
            Assert.Empty(ranking.Rows);
            Assert.Equal(4, ranking.WithoutFigure.Length);
        }

        [Fact]
        public void Ascending_order_and_top_n()
        {
            var ranking = Reference.RankCountries(MetricIds.HomicideRate, new LocalDate(2024, 12, 31), RankOptions.Default.WithOrder(RankOrder.Ascending).WithTop(2));
            Assert.Equal(new[] { "AAA", "EEE" }, ranking.Rows.Select(r => r.Subject.Id));
        }

        [Fact]
        public void Tied_values_share_a_rank_and_are_listed_by_id()
        {
            var ranking = Reference.RankCountries(MetricIds.HomicideRate, new LocalDate(2018, 12, 31));
            var text = Fixture.Text("countries/CCC.json").Replace("\"value\": 20.0, \"unit\": \"per-100k\", \"period\": \"2018\"", "\"value\": 40.0, \"unit\": \"per-100k\", \"period\": \"2018\"", StringComparison.Ordinal);
            var tied = Fixture.LoadWith("countries/CCC.json", text).RankCountries(MetricIds.HomicideRate, new LocalDate(2018, 12, 31));
            Assert.Equal(new[] { 1, 2, 2, 4 }, tied.Rows.Select(r => r.Rank));
            Assert.Equal(new[] { "AAA", "BBB", "CCC", "EEE" }, tied.Rows.Select(r => r.Subject.Id));
            Assert.Equal(new[] { 1, 2, 3, 4 }, ranking.Rows.Select(r => r.Rank));
        }

        [Fact]
        public void A_metric_that_does_not_apply_to_countries_is_an_argument_error()
        {
            var e = Assert.Throws<ArgumentException>(() => Reference.RankCountries(MetricIds.DesignCapacity, new LocalDate(2024, 1, 1)));
            Assert.Contains("does not apply to a country", e.Message);
            Assert.Throws<ArgumentException>(() => Reference.RankFacilities(MetricIds.Status, new LocalDate(2024, 1, 1)));
        }

        [Fact]
        public void Rows_warn_about_withheld_statistics_and_stale_figures()
        {
            var ranking = Reference.RankCountries(MetricIds.PrisonPopulationRate, new LocalDate(2024, 12, 31));
            Assert.Contains(ranking.Rows[0].Warnings, w => w.Contains("withheld", StringComparison.Ordinal) && w.Contains("ngo-2024-report", StringComparison.Ordinal));
            Assert.Empty(ranking.Rows[1].Warnings);
            var later = Reference.RankCountries(MetricIds.PrisonPopulationRate, new LocalDate(2030, 12, 31));
            Assert.All(later.Rows, r => Assert.Contains(r.Warnings, w => w.Contains("more than 3 years", StringComparison.Ordinal)));
            Assert.Contains("! Alphaland: ", ranking.ToString());
            Assert.Empty(Reference.RankCountries(MetricIds.PrisonPopulationRate, new LocalDate(2023, 12, 31)).Rows[0].Warnings);
        }

        [Fact]
        public void Latest_period_is_the_one_that_ends_last()
        {
            Assert.Equal("2024", Reference.LatestPeriod(Reference.GetCountry("AAA"), MetricIds.HomicideRate)!.ToString());
            Assert.Null(Reference.LatestPeriod(Reference.GetCountry("EEE"), MetricIds.PrisonPopulationRate));
            Assert.NotNull(Reference.WithheldStatistics(Reference.GetCountry("AAA")));
            Assert.Null(Reference.WithheldStatistics(Reference.GetCountry("AAA"), new LocalDate(2023, 12, 31)));
            Assert.Null(Reference.WithheldStatistics(Reference.GetCountry("BBB")));
        }

        [Fact]
        public void Table_states_periods_and_sources()
        {
            var text = Reference.RankCountries(MetricIds.PrisonPopulationRate, new LocalDate(2024, 12, 31)).ToString();
            Assert.Contains("stat-office-2023 *", text);
            Assert.Contains("Periods differ between rows", text);
        }

        [Property]
        public Property Ranking_is_a_sorted_permutation_independent_of_input_order(int seed, PositiveInt year)
        {
            var asOf = new LocalDate(2017 + (year.Get % 9), 12, 31);
            var random = new Random(seed);
            var shuffled = Reference.Countries.OrderBy(_ => random.Next()).Cast<IClaimSubject>().ToList();
            var a = RankQuery.Run(Reference.Index, null, SubjectKind.Country, MetricIds.HomicideRate, asOf, null); // through the column
            var b = RankQuery.Run(Reference.Index, shuffled, SubjectKind.Country, MetricIds.HomicideRate, asOf, null);
            var sorted = a.Rows.Zip(a.Rows.Skip(1), (x, y) => x.Value >= y.Value).All(ok => ok);
            var permutation = a.Rows.Select(r => r.Subject.Id).Concat(a.WithoutFigure.Select(s => s.Id)).OrderBy(id => id, StringComparer.Ordinal).SequenceEqual(Reference.Countries.Select(c => c.Id));
            var periodsOk = a.Rows.All(r => r.Period.End <= asOf && Reference.TryGetSource(r.Source.Id, out _));
            return (sorted && permutation && periodsOk && a.Rows.Select(r => r.Subject.Id).SequenceEqual(b.Rows.Select(r => r.Subject.Id))).ToProperty();
        }
    }
}
