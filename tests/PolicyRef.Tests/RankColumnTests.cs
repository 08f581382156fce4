using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Tests
{
    /// <summary>
    /// The ranking read from a metric's columns (<see cref="MetricColumn"/>, <see cref="ColumnSelection"/>) against the
    /// preference rule applied to each country's claims, on random claim sets shaped like the fixture's: several sources
    /// and kinds, agreeing and disagreeing values, suspect claims, variants, periods of every precision.
    /// </summary>
    public class RankColumnTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();
        private static readonly decimal[] Values = { 90m, 100m, 101m, 150m, 150.0m, 300m };

        [Property(MaxTest = 300)]
        public Property Column_ranking_equals_the_rule_applied_to_each_country(int seed, PositiveInt asOfYear, bool ascending, bool maximumAge)
        {
            var random = new Random(seed);
            var metric = Reference.GetMetric(MetricIds.PrisonPopulationRate);
            var sources = Reference.Sources.Select(s => s.Id).ToArray();
            var countries = Enumerable.Range(0, 1 + random.Next(12)).Select(i =>
            {
                var code = "Q" + (char)('A' + (i / 26)) + (char)('A' + (i % 26));
                var claims = Enumerable.Range(0, random.Next(9)).Select(_ => RandomClaim(random, code, metric, sources[random.Next(sources.Length)]));
                return new Country(new CountryCode(code), "Country " + code, null, "Test", "999", new ClaimSet(claims));
            }).ToList();
            var index = new DataIndex("test", "hash", Reference.Metrics, Reference.Sources, countries, Array.Empty<Facility>(), Array.Empty<Policy>(), Array.Empty<Standard>());
            var asOf = new LocalDate(2016 + (asOfYear.Get % 10), 6 + (asOfYear.Get % 2) * 6, 30);
            var options = RankOptions.Default.WithOrder(ascending ? RankOrder.Ascending : RankOrder.Descending);
            options = maximumAge ? options.WithMaximumAge(NodaTime.Period.FromYears(2)) : options;

            var byColumn = RankQuery.Run(index, null, SubjectKind.Country, metric.Id, asOf, options);
            var byClaims = RankQuery.Run(index, index.Countries.Cast<IClaimSubject>().ToList(), SubjectKind.Country, metric.Id, asOf, options);

            var rowsEqual = byColumn.Rows.Length == byClaims.Rows.Length && byColumn.Rows.Zip(byClaims.Rows, (a, b) =>
                a.Rank == b.Rank && a.Subject.Id == b.Subject.Id && ReferenceEquals(a.Claim, b.Claim)
                && a.Selection.Ranked.SequenceEqual(b.Selection.Ranked) && a.Selection.SetAside.SequenceEqual(b.Selection.SetAside)
                && a.Selection.Reason == b.Selection.Reason && ReferenceEquals(a.Selection.Contender, b.Selection.Contender)
                && a.Selection.HasDisagreement == b.Selection.HasDisagreement && a.Warnings.SequenceEqual(b.Warnings)).All(x => x);
            var withoutEqual = byColumn.WithoutFigure.Select(s => s.Id).SequenceEqual(byClaims.WithoutFigure.Select(s => s.Id));
            return (rowsEqual && withoutEqual && byColumn.ToString() == byClaims.ToString())
                .Label($"{countries.Sum(c => c.Claims.Count)} claims in {countries.Count} countries, as of {asOf}: {byColumn.Rows.Length} / {byClaims.Rows.Length} rows");
        }

        [Property(MaxTest = 200)]
        public Property Column_ranking_of_a_fixed_metric_equals_the_rule_applied_to_each_facility(int seed, bool ascending)
        {
            // A fixed metric has no recency step: the source kind is the first step that the column reads ahead of the rule.
            var random = new Random(seed);
            var metric = Reference.GetMetric(new MetricId("wall-height"));
            var sources = Reference.Sources.Select(s => s.Id).ToArray();
            var country = Reference.Countries[0];
            var facilities = Enumerable.Range(0, 1 + random.Next(12)).Select(i =>
            {
                var id = "fac-" + (char)('a' + (i / 26)) + (char)('a' + (i % 26));
                var claims = Enumerable.Range(0, random.Next(9)).Select(_ => RandomClaim(random, id, metric, sources[random.Next(sources.Length)], SubjectKind.Facility));
                return new Facility(id, "Facility " + id, ImmutableArray<Alias>.Empty, country.Code, null, null, ImmutableArray<string>.Empty, new ClaimSet(claims));
            }).ToList();
            var index = new DataIndex("test", "hash", Reference.Metrics, Reference.Sources, Reference.Countries, facilities, Array.Empty<Policy>(), Array.Empty<Standard>());
            var options = RankOptions.Default.WithOrder(ascending ? RankOrder.Ascending : RankOrder.Descending);
            var asOf = new LocalDate(2030, 1, 1);

            var byColumn = RankQuery.Run(index, null, SubjectKind.Facility, metric.Id, asOf, options);
            var byClaims = RankQuery.Run(index, index.Facilities.Cast<IClaimSubject>().ToList(), SubjectKind.Facility, metric.Id, asOf, options);

            var rowsEqual = byColumn.Rows.Length == byClaims.Rows.Length && byColumn.Rows.Zip(byClaims.Rows, (a, b) =>
                a.Rank == b.Rank && a.Subject.Id == b.Subject.Id && ReferenceEquals(a.Claim, b.Claim)
                && a.Selection.Ranked.SequenceEqual(b.Selection.Ranked) && a.Selection.Reason == b.Selection.Reason).All(x => x);
            return (rowsEqual && byColumn.ToString() == byClaims.ToString())
                .Label($"{facilities.Sum(f => f.Claims.Count)} claims in {facilities.Count} facilities: {byColumn.Rows.Length} / {byClaims.Rows.Length} rows");
        }

        [Property(MaxTest = 100)]
        public Property A_ranking_orders_by_value_then_by_id_whatever_order_the_subjects_come_in(int seed)
        {
            var random = new Random(seed);
            var metric = Reference.GetMetric(MetricIds.PrisonPopulationRate);
            var subjects = Reference.Countries.Cast<IClaimSubject>().OrderBy(_ => random.Next()).ToList();
            var ranking = RankQuery.Run(Reference.Index, subjects, SubjectKind.Country, metric.Id, new LocalDate(2024, 12, 31), RankOptions.Default);
            var expected = ranking.Rows.OrderByDescending(r => r.Value).ThenBy(r => r.Subject.Id, StringComparer.Ordinal).Select(r => r.Subject.Id);
            var ranksFollowValues = ranking.Rows.Select((r, i) => i == 0 ? r.Rank == 1 : r.Rank == (r.Value == ranking.Rows[i - 1].Value ? ranking.Rows[i - 1].Rank : i + 1)).All(x => x);
            return (ranking.Rows.Length > 1 && ranking.Rows.Select(r => r.Subject.Id).SequenceEqual(expected) && ranksFollowValues).Label(string.Join(", ", ranking.Rows.Select(r => r.Subject.Id)));
        }

        private static Claim RandomClaim(Random random, string code, MetricDefinition metric, string source, SubjectKind kind = SubjectKind.Country)
        {
            var year = 2012 + random.Next(14);
            var period = random.Next(4) switch
            {
                0 => ReferencePeriod.ForYear(year),
                1 => ReferencePeriod.ForMonth(new YearMonth(year, 1 + random.Next(12))),
                2 => ReferencePeriod.ForDay(new LocalDate(year, 1 + random.Next(12), 1 + random.Next(28))),
                _ => ReferencePeriod.ForInterval(new LocalDate(year, 1, 1), new LocalDate(year, 1, 1).PlusDays(1 + random.Next(800))),
            };
            var flags = (ClaimFlags)0;
            flags |= random.Next(6) == 0 ? ClaimFlags.Suspect : 0;
            flags |= random.Next(5) == 0 ? ClaimFlags.Estimate : 0;
            var definition = random.Next(6) == 0 ? "some-variant" : null;
            return new Claim(kind, code, metric.Id, ClaimValue.FromNumber(Values[random.Next(Values.Length)]), metric.Unit, period, source, random.Next(3) == 0 ? "note" : null, flags, ImmutableArray<string>.Empty, definition, null, null, flags.HasFlag(ClaimFlags.Suspect) ? "screened" : null);
        }
    }
}
