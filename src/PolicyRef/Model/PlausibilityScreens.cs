using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace PolicyRef.Model
{
    /// <summary>
    /// Rules that mark a claim suspect, with the reason, when its own figures or its neighbours make it implausible. They
    /// are rules, not a list of exceptions: each is applied to every subject's claims when a set is loaded. A suspect
    /// claim stays in the data, visible, and loses to claims that are not (see <see cref="PreferenceRule"/>).
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>a unit or value its own note doubts (<see cref="Claim.Doubt"/>);</item>
    /// <item>a rate that does not match the same source's total for the same period over the population of that year
    /// (more than <see cref="RatioLimit"/> times off);</item>
    /// <item>an occupancy level that does not match the same source's total over its capacity for the same period;</item>
    /// <item>a figure (a count, rate or share) <see cref="NeighbourFactor"/> or more times above or below the same source's
    /// figures for the metric in the three years before it and in the three years after it (the medians of each side): a
    /// share whose numerator comes from another scope than its total shows up here.</item>
    /// </list>
    /// </remarks>
    internal static class PlausibilityScreens
    {
        /// <summary>How far (as a ratio either way) a rate or occupancy may be from what its own source's counts give.</summary>
        public const decimal RatioLimit = 1.5m;

        /// <summary>How many times above or below both sides' figures a value must be to be suspect.</summary>
        public const decimal NeighbourFactor = 10m;

        private const int NeighbourYears = 3;

        private static readonly ImmutableArray<(MetricId Rate, MetricId Total)> RatePairs = ImmutableArray.Create(
            (MetricIds.PrisonPopulationRate, MetricIds.PrisonPopulationTotal),
            (MetricIds.HomicideRate, MetricIds.HomicidesTotal));

        /// <summary>The subject's claims with the suspect ones marked; the same array when none is.</summary>
        /// <param name="claims">Every claim about one subject.</param>
        /// <param name="metrics">The metric definitions, by id.</param>
        /// <returns>The claims, in the same order.</returns>
        public static ImmutableArray<Claim> Apply(ImmutableArray<Claim> claims, IReadOnlyDictionary<MetricId, MetricDefinition> metrics)
        {
            Dictionary<Claim, string>? reasons = null;
            void Mark(Claim claim, string reason)
            {
                reasons ??= new Dictionary<Claim, string>();
                if (!reasons.ContainsKey(claim) && !claim.Has(ClaimFlags.Suspect))
                {
                    reasons.Add(claim, reason);
                }
            }

            foreach (var claim in claims)
            {
                if (claim.Doubt is { } doubt)
                {
                    Mark(claim, doubt == ClaimDoubt.Unit ? "its own note doubts its unit" : "its own note doubts its value");
                }
            }

            var byMetric = claims.Where(c => c.Value.Kind == ClaimValueKind.Number && c.IsWhole && c.IsStandard)
                .GroupBy(c => c.Metric)
                .ToDictionary(g => g.Key, g => g.ToList());
            foreach (var (rate, total) in RatePairs)
            {
                CheckRatio(byMetric, rate, total, MetricIds.Population, 100000m, "rate", Mark);
            }

            CheckRatio(byMetric, MetricIds.OccupancyLevel, MetricIds.PrisonPopulationTotal, MetricIds.OfficialCapacity, 100m, "occupancy level", Mark);
            foreach (var group in byMetric)
            {
                if (metrics.TryGetValue(group.Key, out var metric) && metric.Temporality == MetricTemporality.Varying && group.Value[0].SubjectKind != SubjectKind.Policy
                    && (metric.Measure == MetricMeasure.Stock || group.Value[0].SubjectKind == SubjectKind.Country))
                {
                    // A series is one source's figures: two publishers of different scope are not each other's neighbours.
                    foreach (var series in group.Value.GroupBy(c => c.SourceId))
                    {
                        CheckNeighbours(series.ToList(), Mark);
                    }
                }
            }

            if (reasons is null)
            {
                return claims;
            }

            var marked = ImmutableArray.CreateBuilder<Claim>(claims.Length);
            foreach (var claim in claims)
            {
                marked.Add(reasons.TryGetValue(claim, out var reason) ? claim.AsSuspect(reason) : claim);
            }

            return marked.MoveToImmutable();
        }

        // A rate (or occupancy) against numerator ÷ denominator × scale, the numerator from the rate's own source and period.
        private static void CheckRatio(Dictionary<MetricId, List<Claim>> byMetric, MetricId ratio, MetricId numerator, MetricId denominator, decimal scale, string what, Action<Claim, string> mark)
        {
            if (!byMetric.TryGetValue(ratio, out var ratios) || !byMetric.TryGetValue(numerator, out var numerators) || !byMetric.TryGetValue(denominator, out var denominators))
            {
                return;
            }

            foreach (var claim in ratios.Where(Plain))
            {
                var count = numerators.FirstOrDefault(n => Plain(n) && n.SourceId == claim.SourceId && n.Period.Equals(claim.Period));
                // The denominator: the same source's for the period (a capacity), else the median of every figure for the year (a population).
                var bases = denominators.Where(d => Plain(d) && d.SourceId == claim.SourceId && d.Period.Equals(claim.Period)).Select(d => d.Value.Number).ToList();
                if (bases.Count == 0 && denominator == MetricIds.Population)
                {
                    bases = denominators.Where(d => d.Period.Precision == PeriodPrecision.Year && d.Period.Start.Year == claim.Period.End.Year).Select(d => d.Value.Number).ToList();
                }

                if (count is null || bases.Count == 0 || Median(bases) <= 0m || claim.Value.Number <= 0m)
                {
                    continue;
                }

                var implied = count.Value.Number / Median(bases) * scale;
                var ratio2 = claim.Value.Number / implied;
                if (implied > 0m && (ratio2 > RatioLimit || ratio2 < 1m / RatioLimit))
                {
                    mark(claim, string.Format(CultureInfo.InvariantCulture, "its {0} {1} does not match the {2} its own source gives for {3} over {4} (which gives {5})", what, Format(claim.Value.Number), Format(count.Value.Number), claim.Period, Format(Median(bases)), Format(decimal.Round(implied, 1))));
                }
            }
        }

        private static void CheckNeighbours(List<Claim> claims, Action<Claim, string> mark)
        {
            // Only figures of a year or less are neighbours; a window of years says too little about when it was true.
            var dated = claims.Where(c => c.Period.LengthInDays <= 366).ToList();
            foreach (var claim in dated.Where(c => c.Value.Number > 0m && !c.Has(ClaimFlags.LowerBound | ClaimFlags.UpperBound)))
            {
                var from = claim.Period.Start.PlusYears(-NeighbourYears);
                var to = claim.Period.End.PlusYears(NeighbourYears);
                var before = dated.Where(c => c.Period.End < claim.Period.Start && c.Period.End >= from).Select(c => c.Value.Number).ToList();
                var after = dated.Where(c => c.Period.Start > claim.Period.End && c.Period.Start <= to).Select(c => c.Value.Number).ToList();
                if (before.Count == 0 || after.Count == 0)
                {
                    continue;
                }

                decimal low = Median(before), high = Median(after), value = claim.Value.Number;
                if (low <= 0m || high <= 0m)
                {
                    continue;
                }

                if (value * NeighbourFactor <= Math.Min(low, high) || value >= NeighbourFactor * Math.Max(low, high))
                {
                    mark(claim, string.Format(CultureInfo.InvariantCulture, "{0} is at least {1} times {2} the figures on both sides of its series of its source (median {3} in the {4} years before, {5} in the {4} years after)", Format(value), NeighbourFactor, value < low ? "below" : "above", Format(low), NeighbourYears, Format(high)));
                }
            }
        }

        private static bool Plain(Claim claim) => !claim.Has(ClaimFlags.LowerBound | ClaimFlags.UpperBound | ClaimFlags.Planned);

        private static decimal Median(List<decimal> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
        }

        private static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}
