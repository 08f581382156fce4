using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>
    /// An estimate on a panel: the average effect over the post-period with its design, placebo standard error, weights,
    /// event study, diagnostics, warnings, limitations and status.
    /// </summary>
    public sealed class PanelEstimate
    {
        internal PanelEstimate(
            PanelEstimateOptions options,
            string design,
            EstimateStatus status,
            double estimate,
            double? standardError,
            ImmutableArray<UnitWeight> unitWeights,
            ImmutableArray<TimeWeight> timeWeights,
            ImmutableArray<PanelPeriod> periods,
            double preFitRmse,
            double preTrendSlope,
            double? preTrendSlopeStandardError,
            ImmutableArray<PlaceboStart> placebosInTime,
            ImmutableArray<string> warnings,
            ImmutableArray<string> limitations,
            double noiseLevel,
            ImmutableArray<PredictorWeight> predictorWeights,
            ImmutableArray<PredictorBalance> predictorBalance)
        {
            PredictorWeights = predictorWeights;
            PredictorBalance = predictorBalance;
            Options = options;
            Design = design;
            Status = status;
            Estimate = estimate;
            StandardError = standardError;
            UnitWeights = unitWeights;
            TimeWeights = timeWeights;
            Periods = periods;
            PreFitRmse = preFitRmse;
            PreTrendSlope = preTrendSlope;
            PreTrendSlopeStandardError = preTrendSlopeStandardError;
            PlacebosInTime = placebosInTime;
            Warnings = warnings;
            Limitations = limitations;
            NoiseLevel = noiseLevel;
        }

        /// <summary>The options used.</summary>
        public PanelEstimateOptions Options { get; }

        /// <summary>The method.</summary>
        public PanelMethod Method => Options.Method;

        /// <summary>The design in words: weights, units and periods.</summary>
        public string Design { get; }

        /// <summary>Whether the estimate can be read as an effect.</summary>
        public EstimateStatus Status { get; }

        /// <summary>The average effect over the post-period (the mean of the post-period gaps).</summary>
        public double Estimate { get; }

        /// <summary>The placebo standard error; null when it could not be drawn.</summary>
        public double? StandardError { get; }

        /// <summary>Control units with a weight above zero, largest first; all control weights sum to 1.</summary>
        public ImmutableArray<UnitWeight> UnitWeights { get; }

        /// <summary>Pre-periods with a weight above zero in the baseline (none for the synthetic control).</summary>
        public ImmutableArray<TimeWeight> TimeWeights { get; }

        /// <summary>The V weight of each predictor, in the order given; empty without predictors.</summary>
        public ImmutableArray<PredictorWeight> PredictorWeights { get; }

        /// <summary>The balance table: each predictor for the treated unit, its synthetic control and the donors' plain mean; empty without predictors.</summary>
        public ImmutableArray<PredictorBalance> PredictorBalance { get; }

        /// <summary>The event study: every period's treated and weighted control outcome and gap.</summary>
        public ImmutableArray<PanelPeriod> Periods { get; }

        /// <summary>Root mean square of the pre-period gaps: how closely the weighted controls track before the start.</summary>
        public double PreFitRmse { get; }

        /// <summary>The least-squares slope per period of treated minus weighted controls over the pre-period.</summary>
        public double PreTrendSlope { get; }

        /// <summary>The slope's classical standard error; null with fewer than three pre-periods.</summary>
        public double? PreTrendSlopeStandardError { get; }

        /// <summary>The estimate with each fake start the pre-period allows.</summary>
        public ImmutableArray<PlaceboStart> PlacebosInTime { get; }

        /// <summary>Diagnostics that failed, each in a sentence; any of them sets <see cref="Status"/> to not informative (except a missing standard error).</summary>
        public ImmutableArray<string> Warnings { get; }

        /// <summary>What the estimate does not show.</summary>
        public ImmutableArray<string> Limitations { get; }

        /// <summary>The standard deviation of the controls' period-to-period changes before the start, the scale of the regularisation.</summary>
        public double NoiseLevel { get; }

        /// <summary>The estimate as text: the headline with its design, weights, event study, diagnostics and limits.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(Headline()).Append('\n')
                .Append("Design: ").Append(Design).Append('\n')
                .Append("Status: ").Append(StatusText(Status)).Append('\n')
                .Append("Unit weights: ").Append(string.Join(", ", UnitWeights.Take(12).Select(w => w.ToString()))).Append(UnitWeights.Length > 12 ? $", … ({UnitWeights.Length} in all)" : string.Empty).Append('\n');
            if (!TimeWeights.IsEmpty)
            {
                text.Append("Time weights: ").Append(string.Join(", ", TimeWeights.Select(w => w.ToString()))).Append('\n');
            }

            if (!PredictorWeights.IsEmpty)
            {
                text.Append("Predictors (V weight; treated, synthetic, donor mean):\n");
                for (var k = 0; k < PredictorWeights.Length; k++)
                {
                    var b = PredictorBalance[k];
                    text.Append("  ").Append(b.Predictor).Append("  V ").Append(PredictorWeights[k].Weight.ToString("0.000", CultureInfo.InvariantCulture))
                        .Append(";  ").Append(Format(b.Treated)).Append("  ").Append(Format(b.Synthetic)).Append("  ").Append(Format(b.DonorMean)).Append('\n');
                }
            }

            text.Append(Number("Pre-period fit (RMSE of gaps)", PreFitRmse)).Append(Number("; pre-trend slope of the gap", PreTrendSlope))
                .Append(PreTrendSlopeStandardError is { } se ? Number(" (s.e. ", se) + ")" : string.Empty).Append('\n')
                .Append("Event study (treated, weighted controls, gap):\n");
            foreach (var p in Periods)
            {
                text.Append("  ").Append(p.Time.ToString(CultureInfo.InvariantCulture)).Append(p.IsPost ? " post " : " pre  ")
                    .Append(Format(p.Treated)).Append("  ").Append(Format(p.Control)).Append("  ").Append(Format(p.Gap)).Append('\n');
            }

            if (!PlacebosInTime.IsEmpty)
            {
                text.Append("Placebos in time: ").Append(string.Join(", ", PlacebosInTime.Select(p => $"{p.Start} {Format(p.Estimate)}"))).Append('\n');
            }

            text.Append("Warnings:").Append(Warnings.IsEmpty ? " none\n" : "\n");
            foreach (var warning in Warnings)
            {
                text.Append("- ").Append(warning).Append('\n');
            }

            text.Append("What this does not show:\n");
            foreach (var limitation in Limitations)
            {
                text.Append("- ").Append(limitation).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>The headline: the estimator, the estimate and its standard error.</summary>
        /// <returns>One line.</returns>
        public string Headline() =>
            $"{MethodName(Method)} estimate for {Options.TreatedUnit} from {Options.Start}: {Format(Estimate)}" +
            (StandardError is { } se ? $" (placebo standard error {Format(se)})" : " (no standard error)");

        /// <summary>The name of a method in words.</summary>
        /// <param name="method">The method.</param>
        /// <returns>The name.</returns>
        public static string MethodName(PanelMethod method) => method switch
        {
            PanelMethod.DifferenceInDifferences => "Difference-in-differences",
            PanelMethod.SyntheticControl => "Synthetic control",
            _ => "Synthetic difference-in-differences",
        };

        /// <summary>A status as a short phrase.</summary>
        /// <param name="status">The status.</param>
        /// <returns>The phrase.</returns>
        public static string StatusText(EstimateStatus status) => status switch
        {
            EstimateStatus.Estimated => "estimated",
            EstimateStatus.NotInformative => "not informative (see warnings)",
            _ => "refused",
        };

        private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

        private static string Number(string label, double value) => label + " " + Format(value);
    }
}
