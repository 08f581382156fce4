using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using PolicyRef.Internal;
using PolicyRef.Model;

namespace PolicyRef.Queries.Synthetic
{
    /// <summary>
    /// A synthetic control estimate (Abadie, Diamond and Hainmueller 2010) for one country's policy: donor weights, the
    /// synthetic series, the gap after the start, pre- and post-period RMSPE, and inference by placebo — or, when the
    /// data cannot support an estimate, a refusal that says why.
    /// </summary>
    public sealed class SyntheticControlResult
    {
        internal SyntheticControlResult(
            Policy policy,
            MetricDefinition metric,
            Country treated,
            SyntheticControlOptions options,
            string? refusal,
            ImmutableArray<int> years,
            ImmutableArray<double> actual,
            ImmutableArray<double> synthetic,
            ImmutableArray<DonorWeight> weights,
            ImmutableArray<PlaceboEstimate> placebos,
            ImmutableArray<string> leftOut,
            ImmutableArray<string> limitations,
            string dataVersion,
            ImmutableArray<string> warnings,
            ImmutableArray<DonorWeight> leaveOneOut,
            ImmutableArray<Estimation.PlaceboStart> placebosInTime,
            bool placeboInTimeAsLarge,
            ImmutableArray<string> actualDefinitions = default)
        {
            PlacebosInTime = placebosInTime;
            this.placeboInTimeAsLarge = placeboInTimeAsLarge;
            ActualDefinitions = actualDefinitions.IsDefault ? ImmutableArray<string>.Empty : actualDefinitions;
            Warnings = warnings;
            LeaveOneOut = leaveOneOut;
            Policy = policy;
            Metric = metric;
            Treated = treated;
            Options = options;
            Refusal = refusal;
            Years = years;
            Actual = actual;
            Synthetic = synthetic;
            Weights = weights;
            Placebos = placebos;
            LeftOut = leftOut;
            Limitations = limitations;
            DataVersion = dataVersion;
        }

        private readonly bool placeboInTimeAsLarge;

        /// <summary>The policy.</summary>
        public Policy Policy { get; }

        /// <summary>The estimate with each fake start inside the pre-period (weights fitted on the years before it; the gap read up to the real start).</summary>
        public ImmutableArray<Estimation.PlaceboStart> PlacebosInTime { get; }

        /// <summary>The outcome metric.</summary>
        public MetricDefinition Metric { get; }

        /// <summary>The policy's country.</summary>
        public Country Treated { get; }

        /// <summary>The options used.</summary>
        public SyntheticControlOptions Options { get; }

        /// <summary>Why no estimate was made (too few donors or years); null when there is an estimate.</summary>
        public string? Refusal { get; }

        /// <summary>Whether there is an estimate.</summary>
        public bool IsEstimated => Refusal is null;

        /// <summary>The pre-period years, then the post-period years.</summary>
        public ImmutableArray<int> Years { get; }

        /// <summary>The treated country's values, one per year of <see cref="Years"/>.</summary>
        public ImmutableArray<double> Actual { get; }

        /// <summary>
        /// The definition each of <see cref="Actual"/>'s values counts, one per year: the id of the variant asked for
        /// (<see cref="SyntheticControlOptions.Definition"/>) in the years that have a figure of it, <c>standard</c> in the others;
        /// empty without an estimate.
        /// </summary>
        public ImmutableArray<string> ActualDefinitions { get; }

        /// <summary>The synthetic control's values, one per year of <see cref="Years"/>.</summary>
        public ImmutableArray<double> Synthetic { get; }

        /// <summary>The donors with a weight above 0.001, largest first.</summary>
        public ImmutableArray<DonorWeight> Weights { get; }

        /// <summary>Every donor treated as a placebo, including those excluded for poor fit.</summary>
        public ImmutableArray<PlaceboEstimate> Placebos { get; }

        /// <summary>Countries left out of the donor pool, each with the reason.</summary>
        public ImmutableArray<string> LeftOut { get; }

        /// <summary>Plain statements of what the estimate does not show.</summary>
        public ImmutableArray<string> Limitations { get; }

        /// <summary>The data release.</summary>
        public string DataVersion { get; }

        /// <summary>Problems with the design, such as a named donor under a policy of the same kind, each in a sentence.</summary>
        public ImmutableArray<string> Warnings { get; }

        /// <summary>For each donor with weight, the estimate refitted without it (its <see cref="DonorWeight.Weight"/> holds that average post-period gap).</summary>
        public ImmutableArray<DonorWeight> LeaveOneOut { get; }

        /// <summary>The estimate: the mean of the post-period gaps (actual minus synthetic); null without an estimate.</summary>
        public double? Estimate => IsEstimated ? PostGaps.Average() : null;

        /// <summary>Whether the estimate can be read: refused, not informative (the synthetic control does not track the country before the policy: pre-period RMSPE over a tenth of the pre-period mean; or a placebo in time as large as the estimate), or estimated.</summary>
        public Estimation.EstimateStatus Status => !IsEstimated ? Estimation.EstimateStatus.Refused
            : PreRmspe > 0.1 * Math.Abs(Actual.Take(PreYearCount).Average()) || placeboInTimeAsLarge ? Estimation.EstimateStatus.NotInformative
            : Estimation.EstimateStatus.Estimated;

        /// <summary>The headline: the estimate, its design and its status.</summary>
        /// <returns>One line.</returns>
        public string Headline() => IsEstimated
            ? $"Synthetic control estimate (mean post-period gap, outcome-only weights on {Placebos.Length} donors, {PreYearCount} years before and {Years.Length - PreYearCount} after): {Number(Estimate!.Value)} — {Estimation.PanelEstimate.StatusText(Status)}"
            : $"Synthetic control: no estimate — {Refusal}";

        /// <summary>The number of pre-period years.</summary>
        public int PreYearCount => Options.PreYears;

        /// <summary>Actual minus synthetic in each post-period year.</summary>
        public ImmutableArray<double> PostGaps => IsEstimated ? Enumerable.Range(PreYearCount, Years.Length - PreYearCount).Select(i => Actual[i] - Synthetic[i]).ToImmutableArray() : ImmutableArray<double>.Empty;

        /// <summary>Root mean squared prediction error over the pre-period: how well the synthetic control tracks before.</summary>
        public double PreRmspe => Rmspe(0, PreYearCount);

        /// <summary>Root mean squared prediction error over the post-period.</summary>
        public double PostRmspe => Rmspe(PreYearCount, Years.Length - PreYearCount);

        /// <summary>Post-period RMSPE divided by pre-period RMSPE.</summary>
        public double Ratio => PreRmspe == 0 ? double.PositiveInfinity : PostRmspe / PreRmspe;

        /// <summary>The placebos counted in the rank (pre-period fit within the threshold).</summary>
        public int PlacebosRanked => Placebos.Count(p => !p.Excluded);

        /// <summary>The treated country's rank by ratio among itself and the ranked placebos (1 = largest); 0 without an estimate.</summary>
        public int Rank => IsEstimated ? 1 + Placebos.Count(p => !p.Excluded && p.Ratio > Ratio) : 0;

        /// <summary>The permutation p-value: rank ÷ (ranked placebos + 1); null without an estimate.</summary>
        public double? PValue => IsEstimated ? (double)Rank / (PlacebosRanked + 1) : null;

        /// <summary>The estimate as readable text: weights, the series and gaps, RMSPE, the placebo rank and the limits.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(Headline()).Append("\n\n").Append("Synthetic control: ").Append(Metric.Name).Append(", ").Append(Treated.Name).Append(", around ").Append(Policy.Name)
                .Append(" (from ").Append(Policy.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(")\n");
            if (!IsEstimated)
            {
                text.Append("No estimate: ").Append(Refusal).Append('\n');
            }
            else
            {
                text.Append("Donor weights: ").Append(string.Join(", ", Weights.Select(w => $"{w.Country.Name} {w.Weight:0.000}"))).Append('\n');
                var rows = Years.Select((year, i) => (IReadOnlyList<string>)new[]
                {
                    year.ToString(CultureInfo.InvariantCulture), i < PreYearCount ? "pre" : "post", Number(Actual[i]), Number(Synthetic[i]), Number(Actual[i] - Synthetic[i]),
                }).ToList();
                text.Append(TextTable.Render(new[] { "Year", "Window", Treated.Name, "Synthetic", "Gap" }, rows))
                    .Append("Definitions of ").Append(Treated.Name).Append("'s values: ").Append(DefinitionSeries.Describe(Years.Zip(ActualDefinitions, (y, d) => (y, d)))).Append('\n')
                    .Append($"Pre-period RMSPE {Number(PreRmspe)}, post-period RMSPE {Number(PostRmspe)}, ratio {Number(Ratio)}\n")
                    .Append($"Placebo rank {Rank} of {PlacebosRanked + 1} (permutation p = {PValue:0.000}); {Placebos.Count(p => p.Excluded)} placebos left out for a pre-period MSPE over {Options.PoorFitThreshold.ToString(CultureInfo.InvariantCulture)}× the treated country's\n");
                text.Append("Placebos in time (fake start: mean gap to the real start): ").Append(PlacebosInTime.IsEmpty ? $"none (a fake start needs {SyntheticControlOptions.MinimumPreYears} earlier years; use a longer --before)" : string.Join(", ", PlacebosInTime.Select(p => $"{p.Start} {Number(p.Estimate)}"))).Append('\n');
                if (!LeaveOneOut.IsEmpty)
                {
                    text.Append("Leave one out (estimate without each donor): ").Append(string.Join(", ", LeaveOneOut.Select(l => $"{l.Country.Id} {Number(l.Weight)}"))).Append('\n');
                }
            }

            if (!LeftOut.IsEmpty)
            {
                text.Append("Left out of the donor pool: ").Append(LeftOut.Length).Append(" countries (").Append(string.Join("; ", LeftOut.Take(8))).Append(LeftOut.Length > 8 ? "; …" : string.Empty).Append(")\n");
            }

            text.Append("Status: ").Append(Estimation.PanelEstimate.StatusText(Status)).Append('\n');
            foreach (var warning in Warnings)
            {
                text.Append("Warning: ").Append(warning).Append('\n');
            }

            text.Append("\nWhat this does not show:\n");
            foreach (var limitation in Limitations)
            {
                text.Append("- ").Append(limitation).Append('\n');
            }

            return text.Append("PolicyRef data ").Append(DataVersion).Append('\n').ToString();
        }

        private static string Number(double value) => double.IsInfinity(value) ? "∞" : value.ToString("0.###", CultureInfo.InvariantCulture);

        private double Rmspe(int from, int count)
        {
            if (!IsEstimated || count == 0)
            {
                return double.NaN;
            }

            var sum = 0.0;
            for (var i = from; i < from + count; i++)
            {
                sum += (Actual[i] - Synthetic[i]) * (Actual[i] - Synthetic[i]);
            }

            return Math.Sqrt(sum / count);
        }
    }
}
