using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// The claims of one unit and part of a varying metric, grouped by period as <c>conflicts</c> compares them: each period's
    /// group holds the claims for that period and, for a stock, those whose period of at most 366 days contains it; a group
    /// inside a larger one is left out. <see cref="Pairwise"/> says it by comparing every period with every claim and every
    /// group with every other; <see cref="ByPeriod"/> gives the same groups by looking only at periods near each one.
    /// </summary>
    internal static class ConflictGroups
    {
        /// <summary>The longest period that may contain another's group (a year, in a leap year).</summary>
        private const int Nesting = 366;

        /// <remarks>
        /// A group is inside another exactly when some other period of the claims lies strictly within its own (and both nest):
        /// that period's group then holds every claim of this one and its own claims besides. So only the innermost periods'
        /// groups are kept, each the union of the claims of the periods containing it, found among the periods that start at
        /// most 366 days before it ends.
        /// </remarks>
        public static IEnumerable<(ReferencePeriod Period, List<Claim> Claims)> ByPeriod(MetricDefinition metric, List<Claim> list)
        {
            var indexesByPeriod = new Dictionary<ReferencePeriod, List<int>>();
            for (var i = 0; i < list.Count; i++)
            {
                if (!indexesByPeriod.TryGetValue(list[i].Period, out var indexes))
                {
                    indexesByPeriod[list[i].Period] = indexes = new List<int>();
                }

                indexes.Add(i);
            }

            var nests = metric.Measure != MetricMeasure.Flow;
            var nesting = indexesByPeriod.Keys.Where(p => p.LengthInDays <= Nesting).OrderBy(p => p.Start).ToArray();
            var starts = nesting.Select(p => p.Start).ToArray();
            foreach (var period in indexesByPeriod.Keys.OrderBy(p => p))
            {
                if (!nests || period.LengthInDays > Nesting)
                {
                    yield return (period, indexesByPeriod[period].Select(i => list[i]).ToList());
                    continue;
                }

                if (HasPeriodInside(period, nesting, starts))
                {
                    continue;
                }

                var members = new List<int>();
                for (var k = FirstStartingOnOrAfter(starts, period.End.PlusDays(-Nesting - 1)); k < nesting.Length && nesting[k].Start <= period.Start; k++)
                {
                    if (nesting[k].End >= period.End)
                    {
                        members.AddRange(indexesByPeriod[nesting[k]]);
                    }
                }

                members.Sort();
                yield return (period, members.Select(i => list[i]).ToList());
            }
        }

        /// <summary>The definition: every period against every claim, every group against every other (quadratic; the oracle for tests).</summary>
        public static IEnumerable<(ReferencePeriod Period, List<Claim> Claims)> Pairwise(MetricDefinition metric, List<Claim> list)
        {
            var groups = new List<(ReferencePeriod Period, List<Claim> Claims)>();
            foreach (var period in list.Select(c => c.Period).Distinct().OrderBy(p => p))
            {
                var members = metric.Measure == MetricMeasure.Flow || period.LengthInDays > Nesting
                    ? list.Where(c => c.Period.Equals(period)).ToList()
                    : list.Where(c => c.Period.Equals(period) || (c.Period.LengthInDays <= Nesting && c.Period.Start <= period.Start && period.End <= c.Period.End)).ToList();
                groups.Add((period, members));
            }

            for (var i = 0; i < groups.Count; i++)
            {
                var inner = groups[i].Claims;
                if (!groups.Where((g, j) => j != i && g.Claims.Count > inner.Count && inner.All(g.Claims.Contains)).Any())
                {
                    yield return (groups[i].Period, inner);
                }
            }
        }

        private static bool HasPeriodInside(ReferencePeriod period, ReferencePeriod[] nesting, LocalDate[] starts)
        {
            for (var k = FirstStartingOnOrAfter(starts, period.Start); k < nesting.Length && nesting[k].Start <= period.End; k++)
            {
                var other = nesting[k];
                if (other.End <= period.End && (other.Start > period.Start || other.End < period.End))
                {
                    return true;
                }
            }

            return false;
        }

        private static int FirstStartingOnOrAfter(LocalDate[] starts, LocalDate date)
        {
            int low = 0, high = starts.Length;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (starts[middle] < date)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
