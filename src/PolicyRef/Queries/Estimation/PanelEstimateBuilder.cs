using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>Turns a fit into a <see cref="PanelEstimate"/>: event study, pre-trend test, warnings, limitations and status.</summary>
    internal static class PanelEstimateBuilder
    {
        public static PanelEstimate Build(Panel panel, PanelEstimateOptions options, IReadOnlyList<int> order, double[,] y, int controls, int preTimes, PanelFit fit, double? standardError, ImmutableArray<PlaceboStart> placebosInTime, double noise, ImmutableArray<PredictorWeight> predictorWeights, ImmutableArray<PredictorBalance> predictorBalance)
        {
            var times = panel.Times;
            var differences = new double[times.Length];
            var controlMeans = new double[times.Length];
            for (var t = 0; t < times.Length; t++)
            {
                for (var i = 0; i < controls; i++)
                {
                    controlMeans[t] += fit.UnitWeights[i] * y[i, t];
                }

                differences[t] = y[controls, t] - controlMeans[t];
            }

            var baseline = Enumerable.Range(0, preTimes).Sum(t => fit.TimeWeights[t] * differences[t]);
            var periods = Enumerable.Range(0, times.Length).Select(t => new PanelPeriod(times[t], t >= preTimes, y[controls, t], controlMeans[t], differences[t] - baseline)).ToImmutableArray();
            var preGaps = periods.Take(preTimes).Select(p => p.Gap).ToList();
            var preFit = Math.Sqrt(preGaps.Average(g => g * g));
            var (slope, slopeError) = Slope(periods.Take(preTimes).Select(p => ((double)p.Time, differences[times.IndexOf(p.Time)])).ToList());
            var drift = slope * (times.Skip(preTimes).Average() - times.Take(preTimes).Average());
            var warnings = new List<string>();
            var informative = true;
            if (slopeError is { } se && se > 0 && Math.Abs(slope / se) >= 2 && Math.Abs(drift) >= 0.5 * Math.Abs(fit.Estimate))
            {
                warnings.Add(Invariant($"Pre-trend: before {options.Start} the gap between {options.TreatedUnit} and its controls moved by {slope:0.###} a period (t = {slope / se:0.#}); carried to the middle of the post-period that is {drift:0.##}, at least half the estimate. The parallel-trends assumption fails."));
                informative = false;
            }

            var larger = placebosInTime.Where(p => Math.Abs(p.Estimate) >= Math.Abs(fit.Estimate)).ToList();
            if (larger.Count > 0)
            {
                warnings.Add(Invariant($"Placebo in time: fake starts {string.Join(", ", larger.Select(p => p.Start.ToString(CultureInfo.InvariantCulture)))} (before the real one, on pre-period data) give estimates as large as the real one ({string.Join(", ", larger.Select(p => p.Estimate.ToString("0.##", CultureInfo.InvariantCulture)))})."));
                informative = false;
            }

            var preMean = Enumerable.Range(0, preTimes).Average(t => y[controls, t]);
            if (options.Method == PanelMethod.SyntheticControl && preFit > 0.1 * Math.Abs(preMean))
            {
                warnings.Add(Invariant($"Poor pre-period fit: RMSE {preFit:0.##} against a pre-period mean of {preMean:0.##}; the treated unit lies outside what a mix of controls reproduces."));
                informative = false;
            }

            if (standardError is null)
            {
                warnings.Add("No placebo standard error: it needs at least two control units and two draws.");
            }

            var unitWeights = Enumerable.Range(0, controls).Select(i => new UnitWeight(panel.Units[order[i]], fit.UnitWeights[i]))
                .Where(w => w.Weight > 0).OrderByDescending(w => w.Weight).ThenBy(w => w.Unit, StringComparer.Ordinal).ToImmutableArray();
            var timeWeights = Enumerable.Range(0, preTimes).Select(t => new TimeWeight(times[t], fit.TimeWeights[t])).Where(w => w.Weight > 0).ToImmutableArray();
            return new PanelEstimate(
                options,
                options.Predictors.IsEmpty ? Design(options.Method, controls, preTimes, times.Length - preTimes) : PredictorDesign(options, controls, preTimes, times.Length - preTimes),
                informative ? EstimateStatus.Estimated : EstimateStatus.NotInformative,
                fit.Estimate,
                standardError,
                unitWeights,
                timeWeights,
                periods,
                preFit,
                slope,
                slopeError,
                placebosInTime,
                warnings.ToImmutableArray(),
                Limitations(options, controls).ToImmutableArray(),
                noise,
                predictorWeights,
                predictorBalance);
        }

        private static string Design(PanelMethod method, int controls, int pre, int post) => method switch
        {
            PanelMethod.DifferenceInDifferences => $"difference-in-differences: equal weights on {controls} control units and {pre} pre-periods, {post} post-periods",
            PanelMethod.SyntheticControl => $"synthetic control: simplex weights on {controls} control units fitted to {pre} pre-periods (outcome only, ridge 10⁻⁶ × noise for a unique answer), no intercept, {post} post-periods",
            _ => $"synthetic difference-in-differences: regularised unit weights on {controls} control units and time weights on {pre} pre-periods, with unit and period effects, {post} post-periods",
        };

        private static string PredictorDesign(PanelEstimateOptions options, int controls, int pre, int post) =>
            $"synthetic control with predictors (Abadie, Diamond and Hainmueller 2010): simplex weights on {controls} control units matching {options.Predictors.Length} predictors ({string.Join("; ", options.Predictors.Select(p => p.Name))}, each the mean over its range, scaled by its standard deviation across units) under V weights chosen by the nested optimisation to minimise the outcome MSPE over {pre} pre-periods, no intercept, {post} post-periods";

        private static IEnumerable<string> Limitations(PanelEstimateOptions options, int controls)
        {
            if (!options.Predictors.IsEmpty)
            {
                yield return "V weights are chosen by a local search (Nelder–Mead from equal weights and from a regression of the pre-period outcomes on the predictors); the nested problem has many near-optima, so other optimisers (R's Synth, Stata's synth) can choose other V and donor weights with a similar pre-period fit.";
                yield return "With predictors, the placebo standard error keeps the treated unit's V and refits only the donor weights for each placebo; placebos in time choose V afresh on the predictors whose range ends before the fake start, and skip fake starts before which none ends.";
            }

            yield return "The estimate is the average gap over the post-period; it is a causal effect only under the method's assumptions (parallel trends for DiD; a good pre-period fit that persists for the synthetic control; both, weighted, for synthetic DiD), which the diagnostics probe but cannot prove.";
            yield return $"The placebo standard error treats each control in turn as if it had been treated ({options.PlaceboReplications} draws, seed {options.Seed}); with {controls} controls it assumes the treated unit is like a control in its noise, and with few controls it is itself imprecise.";
            yield return "Other events in the same periods are not separated from the treatment.";
        }

        private static (double Slope, double? StandardError) Slope(IReadOnlyList<(double X, double Y)> points)
        {
            if (points.Count < 2)
            {
                return (0, null);
            }

            var meanX = points.Average(p => p.X);
            var meanY = points.Average(p => p.Y);
            var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
            var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
            if (points.Count < 3)
            {
                return (slope, null);
            }

            var residual = points.Sum(p => Math.Pow(p.Y - meanY - (slope * (p.X - meanX)), 2)) / (points.Count - 2);
            return (slope, Math.Sqrt(residual / sxx));
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
