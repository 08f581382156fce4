using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries.Synthetic
{
    /// <summary>
    /// Builds a synthetic control. The default donor pool is every national jurisdiction with a figure for every year of
    /// both windows, less those with a policy of the same kind overlapping the windows; a caller's pool is only
    /// filtered for missing years.
    /// </summary>
    internal static class SyntheticControlQuery
    {
        /// <summary>Runs the estimate and its placebos.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="policy">The policy (its country is the treated unit).</param>
        /// <param name="metricId">A numeric country metric.</param>
        /// <param name="options">Windows, donors and threshold.</param>
        /// <returns>The estimate or a refusal.</returns>
        public static SyntheticControlResult Run(DataIndex reference, Policy policy, MetricId metricId, SyntheticControlOptions options)
        {
            if (reference is null || policy is null || options is null)
            {
                throw new ArgumentNullException(reference is null ? nameof(reference) : policy is null ? nameof(policy) : nameof(options));
            }

            var metric = DataIndex.RequireVariant(reference.RequireMetric(metricId, SubjectKind.Country), options.Definition);
            var treated = reference.GetCountry(policy.Country);
            var start = policy.Start.Year;
            var years = Enumerable.Range(start - options.PreYears, options.PreYears).Concat(Enumerable.Range(start + 1, options.PostYears)).ToImmutableArray();

            // The points behind each country's values, kept so that the result can say which definition each year counts.
            var used = new Dictionary<CountryCode, ImmutableArray<SeriesPoint>>();
            double[]? Values(Country country)
            {
                var points = DefinitionSeries.Yearly(reference, country, metricId, options.Definition).Points.ToDictionary(p => p.Period.Start.Year);
                if (!years.All(points.ContainsKey))
                {
                    return null;
                }

                used[country.Code] = years.Select(y => points[y]).ToImmutableArray();
                return years.Select(y => (double)points[y].Value).ToArray();
            }

            var leftOut = new List<string>();
            var candidates = options.Donors is { } chosen
                ? chosen.Select(reference.GetCountry).Where(c => c.Code != treated.Code).ToList()
                : reference.Countries.Where(c => c.Code != treated.Code && !c.Code.IsSubnational).ToList();
            var first = years[0];
            var last = years[years.Length - 1];
            var pool = new List<(Country Country, double[] Values)>();
            var warnings = new List<string>();
            foreach (var country in candidates)
            {
                var sameKind = reference.Policies.FirstOrDefault(p => p.Country == country.Code && p.Id != policy.Id && p.PolicyKind == policy.PolicyKind && p.Start.Year <= last && (p.End is null || p.End.Value.Year >= first));
                if (sameKind is not null && options.Donors is not null)
                {
                    warnings.Add($"{country.Id} was named as a donor but is itself under {sameKind.Id}, a policy of the same kind from {sameKind.Start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}: it is not an untreated comparison.");
                }

                var comparable = options.Donors is null ? sameKind : null;
                var values = comparable is null ? Values(country) : null;
                if (comparable is not null)
                {
                    leftOut.Add($"{country.Id}: comparable policy {comparable.Id}");
                }
                else if (values is null)
                {
                    leftOut.Add($"{country.Id}: missing years");
                }
                else
                {
                    pool.Add((country, values));
                }
            }

            var actual = Values(treated);
            string? refusal = actual is null
                ? $"{treated.Name} has no {metric.Name.ToLowerInvariant()} figure for every year from {first} to {last} (start year {start} excluded).{VariantYears.Explain(reference, treated, metricId, years)}"
                : pool.Count < SyntheticControlOptions.MinimumDonors
                    ? $"only {pool.Count} donors have a figure for every year from {first} to {last}; at least {SyntheticControlOptions.MinimumDonors} are needed."
                    : null;
            var mixed = DefinitionSeries.Limitation(DefinitionSeries.Mixed(new[] { treated }.Concat(pool.Select(p => p.Country))
                .Where(c => used.ContainsKey(c.Code)).Select(c => (c.Code.Value, (IEnumerable<SeriesPoint>)used[c.Code]))));
            IEnumerable<string> AllLimitations() => mixed is null ? Limitations(options, pool.Count) : Limitations(options, pool.Count).Append(mixed);
            if (options.Definition is not null && !used.Values.Any(points => points.Any(p => p.Claim?.Definition == options.Definition)))
            {
                warnings.Add($"No figure of the variant {options.Definition} falls in the windows: every year counts the standard definition.");
            }

            var limitations = AllLimitations().ToImmutableArray();
            if (refusal is not null)
            {
                return new SyntheticControlResult(policy, metric, treated, options, refusal, years, ImmutableArray<double>.Empty, ImmutableArray<double>.Empty, ImmutableArray<DonorWeight>.Empty, ImmutableArray<PlaceboEstimate>.Empty, leftOut.ToImmutableArray(), limitations, reference.DataVersion, warnings.ToImmutableArray(), ImmutableArray<DonorWeight>.Empty, ImmutableArray<Estimation.PlaceboStart>.Empty, false);
            }

            var actualDefinitions = used[treated.Code].Select(DefinitionSeries.Label).ToImmutableArray();

                        var (weights, synthetic) = Fit(actual!, pool.Select(p => p.Values).ToList(), options.PreYears);
            var treatedPre = Rmspe(actual!, synthetic, 0, options.PreYears);

            // Each donor in turn plays the treated country; its pool is the other donors and the treated country (Abadie, Diamond and Hainmueller 2010).
            var placebos = pool.Select((donor, index) =>
            {
                var others = pool.Where((_, j) => j != index).Select(p => p.Values).Append(actual!).ToList();
                var (_, placeboSynthetic) = Fit(donor.Values, others, options.PreYears);
                var pre = Rmspe(donor.Values, placeboSynthetic, 0, options.PreYears);
                var post = Rmspe(donor.Values, placeboSynthetic, options.PreYears, years.Length - options.PreYears);
                var excluded = pre * pre > (double)options.PoorFitThreshold * Math.Max(treatedPre * treatedPre, 1e-18);
                return new PlaceboEstimate(donor.Country, pre, post, donor.Values.Select((v, i) => v - placeboSynthetic[i]).ToImmutableArray(), excluded);
            }).ToImmutableArray();

            limitations = AllLimitations().ToImmutableArray();
            var preMean = actual!.Take(options.PreYears).Average();
            if (treatedPre > PoorFitShare * Math.Abs(preMean))
            {
                warnings.Insert(0, $"The synthetic control does not track the country before the policy (pre-period RMSPE {treatedPre:0.##} against a pre-period mean of {preMean:0.##}): the country lies outside what any weighted mix of donors can reproduce, so the gap after the start is not informative.");
            }

            var donorWeights = pool.Select((p, i) => new DonorWeight(p.Country, weights[i]))
                .Where(w => w.Weight > 0.001)
                .OrderByDescending(w => w.Weight)
                .ThenBy(w => w.Country.Id, StringComparer.Ordinal)
                .ToImmutableArray();
            var leaveOneOut = donorWeights.Select(w =>
            {
                var index = pool.FindIndex(p => p.Country.Code == w.Country.Code);
                var others = pool.Where((_, j) => j != index).Select(p => p.Values).ToList();
                var (_, without) = Fit(actual!, others, options.PreYears);
                return new DonorWeight(w.Country, Enumerable.Range(options.PreYears, years.Length - options.PreYears).Average(i => actual![i] - without[i]));
            }).ToImmutableArray();
            var realEstimate = Enumerable.Range(options.PreYears, years.Length - options.PreYears).Average(i => actual![i] - synthetic[i]);
            var placebosInTime = PlacebosInTime(actual!, pool.Select(p => p.Values).ToList(), years, options.PreYears);
            var asLarge = placebosInTime.Where(p => Math.Abs(p.Estimate) >= Math.Abs(realEstimate)).ToList();
            if (asLarge.Count > 0)
            {
                warnings.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, "Placebo in time: fake starts {0} (inside the pre-period, fitted on the years before each) give gaps as large as the real estimate ({1} against {2:0.##}): the gap after the real start is not distinguishable from what the method finds where there was no policy.", string.Join(", ", asLarge.Select(p => p.Start)), string.Join(", ", asLarge.Select(p => p.Estimate.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))), realEstimate));
            }

            return new SyntheticControlResult(policy, metric, treated, options, null, years, actual!.ToImmutableArray(), synthetic.ToImmutableArray(), donorWeights, placebos, leftOut.ToImmutableArray(), limitations, reference.DataVersion, warnings.ToImmutableArray(), leaveOneOut, placebosInTime, asLarge.Count > 0, actualDefinitions);
        }

        /// <summary>
        /// The penalty weight λ of the penalised synthetic control (Abadie and L'Hour 2021): each donor's weight costs
        /// λ times its own squared pre-period distance from the treated unit, so that among mixes that fit (almost)
        /// equally well the one made of nearer donors wins and the answer is unique; placebo ranks then do not depend on
        /// the solver. λ is unitless (both terms are squared outcome distances); 0.01 keeps the fit nearly unpenalised.
        /// </summary>
        internal const double PenaltyWeight = 0.01;

        private static (double[] Weights, double[] Synthetic) Fit(double[] target, IReadOnlyList<double[]> donors, int preYears)
        {
            var x = new double[preYears, donors.Count];
            for (var i = 0; i < preYears; i++)
            {
                for (var j = 0; j < donors.Count; j++)
                {
                    x[i, j] = donors[j][i];
                }
            }

            var penalty = donors.Select(d => PenaltyWeight * Enumerable.Range(0, preYears).Sum(t => (target[t] - d[t]) * (target[t] - d[t]))).ToArray();
            var weights = SimplexLeastSquares.Solve(x, target.Take(preYears).ToArray(), penalty);
            var synthetic = Enumerable.Range(0, target.Length).Select(t => donors.Select((d, j) => d[t] * weights[j]).Sum()).ToArray();
            return (weights, synthetic);
        }

        /// <summary>
        /// Each fake start inside the pre-period that leaves <see cref="SyntheticControlOptions.MinimumPreYears"/> years to fit
        /// on: weights fitted on the years before it, the estimate the mean gap from it to the end of the pre-period.
        /// </summary>
        private static ImmutableArray<Estimation.PlaceboStart> PlacebosInTime(double[] actual, IReadOnlyList<double[]> donors, ImmutableArray<int> years, int preYears)
        {
            var result = new List<Estimation.PlaceboStart>();
            for (var fake = SyntheticControlOptions.MinimumPreYears; fake < preYears; fake++)
            {
                var (_, synthetic) = Fit(actual, donors, fake);
                result.Add(new Estimation.PlaceboStart(years[fake], Enumerable.Range(fake, preYears - fake).Average(i => actual[i] - synthetic[i])));
            }

            return result.ToImmutableArray();
        }

        private static double Rmspe(double[] actual, double[] synthetic, int from, int count) =>
            Math.Sqrt(Enumerable.Range(from, count).Select(i => (actual[i] - synthetic[i]) * (actual[i] - synthetic[i])).Average());

        /// <summary>A pre-period RMSPE above this share of the treated country's pre-period mean is called a poor fit.</summary>
        private const double PoorFitShare = 0.1;

        private static IEnumerable<string> Limitations(SyntheticControlOptions options, int donors)
        {
            yield return "The synthetic control is the weighted mix of donors that best tracked the country before the policy; the gap after is attributed to the policy only if nothing else set the country apart from that mix in those years.";
            yield return "Weights are fitted on the outcome alone (no covariates, so no V weights) over the pre-period, penalised as in Abadie and L'Hour (2021, λ = 0.01) so that nearer donors win when several mixes fit equally well and the answer is unique; a good pre-period fit with few years can be a coincidence.";
            yield return $"Inference is by placebo: the rank of the country's post/pre RMSPE ratio among {donors} donors treated as if they had had the policy; with few donors even the top rank is a large p-value (the smallest possible is 1/{donors + 1}). Placebos whose pre-period MSPE exceeds {options.PoorFitThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)} times the treated country's leave the rank.";
            yield return "Yearly figures are the preferred claims and may come from different publishers in different years; a change of publisher or definition can look like an effect.";
            yield return $"Placebos in time refit the weights with each fake start inside the pre-period that leaves {SyntheticControlOptions.MinimumPreYears} years to fit on ({Math.Max(0, options.PreYears - SyntheticControlOptions.MinimumPreYears)} with {options.PreYears} pre-period years); their gaps run only to the end of the pre-period, and more pre-period years allow more of them.";
            yield return $"The answer depends on the windows ({options.PreYears} years before, {options.PostYears} after, start year in neither) and on the donor pool; try others.";
        }
    }
}
