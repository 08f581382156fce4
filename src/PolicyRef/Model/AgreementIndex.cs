using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace PolicyRef.Model
{
    /// <summary>
    /// Claims indexed by unit and period for counting how many agree with a claim (<see cref="Corroboration"/>). For a
    /// fixed metric, every claim in the same unit is compared. For a varying metric only overlapping periods count: a year,
    /// month or day lies in one calendar year, so the claims overlapping a day are those of that day, its month and its
    /// year; those overlapping a month, the claims within the month and its year; those overlapping a year, the claims
    /// within the year; plus, for each, the intervals that overlap it, which are compared one by one (intervals are few:
    /// cumulative counts). An interval claim walks the years it spans. For a flow (an amount over a period) only claims of the
    /// same period compare (<see cref="ClaimSelection.IsComparable"/>), so each unit and period is one fixed group.
    /// </summary>
    internal sealed class AgreementIndex
    {
        private readonly MetricDefinition metric;
        private readonly bool varying;
        private readonly bool byPeriod;
        private readonly Dictionary<(Unit, ReferencePeriod?), ByUnit> units = new Dictionary<(Unit, ReferencePeriod?), ByUnit>();

        public AgreementIndex(IEnumerable<Claim> candidates, MetricDefinition metric)
        {
            this.metric = metric;
            byPeriod = metric.Temporality == MetricTemporality.Varying && metric.Measure == MetricMeasure.Flow;
            varying = metric.Temporality == MetricTemporality.Varying && !byPeriod;
            var lists = new Dictionary<(Unit, ReferencePeriod?), List<Claim>>();
            foreach (var claim in candidates)
            {
                if (!lists.TryGetValue(Key(claim), out var list))
                {
                    lists.Add(Key(claim), list = new List<Claim>());
                }

                list.Add(claim);
            }

            foreach (var pair in lists)
            {
                units.Add(pair.Key, new ByUnit(metric, pair.Value, varying));
            }
        }

        /// <summary>Whether indexing pays and gives the same counts as comparing every pair.</summary>
        public static bool Applies(MetricDefinition metric, int candidates) => candidates > 16 && AgreeingValues.Applies(metric);

        /// <summary>How many candidates agree with the claim, counting the claim itself (and any copy of it) if it is one.</summary>
        public int CountAgreeing(Claim claim) => units.TryGetValue(Key(claim), out var byUnit) ? byUnit.Count(claim) : 0;

        private (Unit, ReferencePeriod?) Key(Claim claim) => (claim.Unit, byPeriod ? claim.Period : null);

        private sealed class ByUnit
        {
            private readonly MetricDefinition metric;
            private readonly AgreeingValues? all;
            private readonly Dictionary<(PeriodPrecision, LocalDate), AgreeingValues> exact = new Dictionary<(PeriodPrecision, LocalDate), AgreeingValues>();
            private readonly Dictionary<LocalDate, AgreeingValues> withinMonth = new Dictionary<LocalDate, AgreeingValues>();
            private readonly Dictionary<int, AgreeingValues> withinYear = new Dictionary<int, AgreeingValues>();
            private readonly Dictionary<int, List<Claim>> byYear = new Dictionary<int, List<Claim>>();
            private readonly int[] years;
            private readonly List<Claim> intervals = new List<Claim>();

            public ByUnit(MetricDefinition metric, List<Claim> claims, bool varying)
            {
                this.metric = metric;
                years = System.Array.Empty<int>();
                if (!varying)
                {
                    all = new AgreeingValues(metric, claims.Select(c => c.Value).ToList());
                    return;
                }

                var exactLists = new Dictionary<(PeriodPrecision, LocalDate), List<ClaimValue>>();
                var monthLists = new Dictionary<LocalDate, List<ClaimValue>>();
                var yearLists = new Dictionary<int, List<ClaimValue>>();
                foreach (var claim in claims)
                {
                    var period = claim.Period;
                    if (period.Precision == PeriodPrecision.Interval)
                    {
                        intervals.Add(claim);
                        continue;
                    }

                    Add(exactLists, (period.Precision, period.Start), claim.Value);
                    if (period.Precision != PeriodPrecision.Year)
                    {
                        Add(monthLists, StartOfMonth(period.Start), claim.Value);
                    }

                    Add(yearLists, period.Start.Year, claim.Value);
                    if (!byYear.TryGetValue(period.Start.Year, out var inYear))
                    {
                        byYear.Add(period.Start.Year, inYear = new List<Claim>());
                    }

                    inYear.Add(claim);
                }

                foreach (var pair in exactLists)
                {
                    exact.Add(pair.Key, new AgreeingValues(metric, pair.Value));
                }

                foreach (var pair in monthLists)
                {
                    withinMonth.Add(pair.Key, new AgreeingValues(metric, pair.Value));
                }

                foreach (var pair in yearLists)
                {
                    withinYear.Add(pair.Key, new AgreeingValues(metric, pair.Value));
                }

                years = byYear.Keys.OrderBy(y => y).ToArray();
            }

            public int Count(Claim claim)
            {
                if (all is not null)
                {
                    return all.Count(claim.Value);
                }

                var period = claim.Period;
                var value = claim.Value;
                var n = CountIntervals(claim);
                switch (period.Precision)
                {
                    case PeriodPrecision.Day:
                        return n + Exact(PeriodPrecision.Day, period.Start, value) + Exact(PeriodPrecision.Month, StartOfMonth(period.Start), value) + Exact(PeriodPrecision.Year, StartOfYear(period.Start), value);
                    case PeriodPrecision.Month:
                        return n + Within(withinMonth, period.Start, value) + Exact(PeriodPrecision.Year, StartOfYear(period.Start), value);
                    case PeriodPrecision.Year:
                        return n + Within(withinYear, period.Start.Year, value);
                    default:
                        return n + CountSpanned(claim);
                }
            }

            // Year, month and day claims overlapping an interval: whole years inside it by their index, the two end years claim by claim.
            private int CountSpanned(Claim claim)
            {
                var period = claim.Period;
                var n = 0;
                var first = System.Array.BinarySearch(years, period.Start.Year);
                for (var i = first < 0 ? ~first : first; i < years.Length && years[i] <= period.End.Year; i++)
                {
                    var year = years[i];
                    if (period.Start <= new LocalDate(year, 1, 1) && new LocalDate(year, 12, 31) <= period.End)
                    {
                        n += Within(withinYear, year, claim.Value);
                        continue;
                    }

                    foreach (var other in byYear[year])
                    {
                        if (period.Overlaps(other.Period) && metric.Agree(claim.Value, other.Value))
                        {
                            n++;
                        }
                    }
                }

                return n;
            }

            private int CountIntervals(Claim claim)
            {
                var n = 0;
                foreach (var other in intervals)
                {
                    if (claim.Period.Overlaps(other.Period) && metric.Agree(claim.Value, other.Value))
                    {
                        n++;
                    }
                }

                return n;
            }

            private int Exact(PeriodPrecision precision, LocalDate start, ClaimValue value) =>
                exact.TryGetValue((precision, start), out var values) ? values.Count(value) : 0;

            private static int Within<TKey>(Dictionary<TKey, AgreeingValues> index, TKey key, ClaimValue value)
                where TKey : notnull => index.TryGetValue(key, out var values) ? values.Count(value) : 0;

            private static void Add<TKey>(Dictionary<TKey, List<ClaimValue>> lists, TKey key, ClaimValue value)
                where TKey : notnull
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists.Add(key, list = new List<ClaimValue>());
                }

                list.Add(value);
            }

            private static LocalDate StartOfMonth(LocalDate day) => new LocalDate(day.Year, day.Month, 1);

            private static LocalDate StartOfYear(LocalDate day) => new LocalDate(day.Year, 1, 1);
        }
    }
}
