using System;
using System.Collections.Generic;
using NodaTime;

namespace PolicyRef.Model
{
    /// <summary>
    /// Values of one kind, arranged so that the number agreeing with a given value (by <see cref="MetricDefinition.Agree"/>)
    /// is counted in logarithmic time: numbers sorted (within a tolerance below 1 the agreeing ones are one run around the
    /// value), date values by start and by end (two ranges overlap unless one ends before the other starts), and
    /// categories by equality.
    /// </summary>
    internal sealed class AgreeingValues
    {
        private readonly MetricDefinition metric;
        private readonly ClaimValue[] numbers;
        private readonly LocalDate[] starts;
        private readonly LocalDate[] ends;
        private readonly Dictionary<ClaimValue, int> categories;
        private readonly int dates;

        public AgreeingValues(MetricDefinition metric, List<ClaimValue> values)
        {
            this.metric = metric;
            var numberList = new List<ClaimValue>();
            var startList = new List<LocalDate>();
            var endList = new List<LocalDate>();
            categories = new Dictionary<ClaimValue, int>();
            foreach (var value in values)
            {
                switch (value.Kind)
                {
                    case ClaimValueKind.Number:
                        numberList.Add(value);
                        break;
                    case ClaimValueKind.Date:
                        startList.Add(value.Date.Start);
                        endList.Add(value.Date.End);
                        break;
                    default:
                        categories[value] = categories.TryGetValue(value, out var n) ? n + 1 : 1;
                        break;
                }
            }

            numbers = numberList.ToArray();
            Array.Sort(numbers, (a, b) => a.Number.CompareTo(b.Number));
            starts = startList.ToArray();
            ends = endList.ToArray();
            Array.Sort(starts);
            Array.Sort(ends);
            dates = starts.Length;
        }

        /// <summary>Whether the run-around-the-value search holds for this metric (it does for every tolerance the loader accepts).</summary>
        public static bool Applies(MetricDefinition metric) => metric.Tolerance >= 0m && metric.Tolerance < 1m;

        /// <summary>How many of the values agree with <paramref name="value"/> (itself included, if it is one of them).</summary>
        public int Count(ClaimValue value)
        {
            switch (value.Kind)
            {
                case ClaimValueKind.Number:
                    return CountNumbers(value);
                case ClaimValueKind.Date:
                    // Not overlapping: ends before this starts, or starts after this ends (never both).
                    return dates - LowerBound(ends, value.Date.Start) - (dates - UpperBound(starts, value.Date.End));
                default:
                    return categories.TryGetValue(value, out var n) ? n : 0;
            }
        }

        private int CountNumbers(ClaimValue value)
        {
            // With a tolerance below 1, the values that agree with v are those between v(1 - t) and v / (1 - t) (mirrored
            // for a negative v): above v agreement holds up to some point and then never again, below v from some point on.
            // Metric.Agree itself is the test, so the count matches comparing every pair.
            var v = value.Number;
            var position = FirstIndex(numbers, 0, numbers.Length, i => numbers[i].Number >= v);
            var above = FirstIndex(numbers, position, numbers.Length, i => !metric.Agree(value, numbers[i]));
            var below = FirstIndex(numbers, 0, position, i => metric.Agree(value, numbers[i]));
            return (above - position) + (position - below);
        }

        // The first index in [from, to) where the monotone test holds (false … false true … true), or to.
        private static int FirstIndex(ClaimValue[] values, int from, int to, Func<int, bool> holds)
        {
            var low = from;
            var high = to;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (holds(middle))
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return low;
        }

        private static int LowerBound(LocalDate[] sorted, LocalDate day)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (sorted[middle] < day)
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

        private static int UpperBound(LocalDate[] sorted, LocalDate day)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (sorted[middle] <= day)
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
