using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using PolicyRef.Internal;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// A descriptive before/after comparison around a policy's start: the policy country's change between two
    /// windows of whole years, the same for a comparison group, and the difference between them
    /// (difference-in-differences). It is not a causal estimate; <see cref="Limitations"/> says what it does not show.
    /// </summary>
    public sealed class ImpactAnalysis
    {
        private readonly ImpactDiagnostics diagnostics;

        internal ImpactAnalysis(Policy policy, MetricDefinition metric, ImpactOptions options, SubjectImpact treated, ImmutableArray<SubjectImpact> comparison, ImmutableArray<ImpactSensitivity> sensitivity, ImmutableArray<string> limitations, string dataVersion, ImpactDiagnostics diagnostics)
        {
            this.diagnostics = diagnostics;
            Policy = policy;
            Metric = metric;
            Options = options;
            Treated = treated;
            Comparison = comparison;
            Sensitivity = sensitivity;
            Limitations = limitations;
            DataVersion = dataVersion;
        }

        /// <summary>The policy.</summary>
        public Policy Policy { get; }

        /// <summary>The outcome metric.</summary>
        public MetricDefinition Metric { get; }

        /// <summary>The windows and group used.</summary>
        public ImpactOptions Options { get; }

        /// <summary>The calendar year in which the policy starts, which belongs to neither window.</summary>
        public int ExcludedYear => Policy.Start.Year;

        /// <summary>The policy country's windows.</summary>
        public SubjectImpact Treated { get; }

        /// <summary>The comparison countries' windows.</summary>
        public ImmutableArray<SubjectImpact> Comparison { get; }

        /// <summary>The comparison countries in the mean: a figure for every window year (or, with partial windows allowed, in each window).</summary>
        public ImmutableArray<SubjectImpact> ComparisonUsed => Comparison.Where(c => ImpactQuery.Uses(c, Options)).ToImmutableArray();

        /// <summary>How many comparison countries are in the mean.</summary>
        public int ComparisonCountriesUsed => ComparisonUsed.Length;

        /// <summary>The mean change of the comparison countries used; null when there are none.</summary>
        public decimal? ComparisonChange => ComparisonUsed.IsEmpty ? null : ComparisonUsed.Average(c => c.Change!.Value);

        /// <summary>The policy country's change minus the comparison group's mean change; null when either is missing.</summary>
        public decimal? DifferenceInDifferences => Treated.Change is null || ComparisonChange is null ? null : Treated.Change - ComparisonChange;

        /// <summary>The difference-in-differences with one year less and one year more on each side, to show how much it depends on the windows.</summary>
        public ImmutableArray<ImpactSensitivity> Sensitivity { get; }

        /// <summary>Plain statements of what this comparison does not show.</summary>
        public ImmutableArray<string> Limitations { get; }

        /// <summary>Whether the difference-in-differences can be read: estimated, not informative (a pre-trend or a placebo in time as large), or refused (no figure).</summary>
        public Estimation.EstimateStatus Status => DifferenceInDifferences is null ? Estimation.EstimateStatus.Refused : diagnostics.NotInformative ? Estimation.EstimateStatus.NotInformative : Estimation.EstimateStatus.Estimated;

        /// <summary>Diagnostics that failed and data problems inside the windows, each in a sentence.</summary>
        public ImmutableArray<string> Warnings => diagnostics.Warnings;

        /// <summary>Countries left out of the comparison group or its mean, each with the reason (a policy of the same kind, missing years).</summary>
        public ImmutableArray<string> LeftOut => diagnostics.LeftOut;

        /// <summary>The event study: each year of both windows and the start year, with the gap against the before window.</summary>
        public ImmutableArray<ImpactEventYear> EventStudy => diagnostics.EventStudy;

        /// <summary>The policy country's least-squares slope per year over the before window; null with fewer than two figures.</summary>
        public double? TreatedPreSlope => diagnostics.TreatedPreSlope;

        /// <summary>The comparison mean's slope per year over the before window; null with fewer than two years.</summary>
        public double? ComparisonPreSlope => diagnostics.ComparisonPreSlope;

        /// <summary>The difference-in-differences with every fake start year whose windows end before the policy's start year.</summary>
        public ImmutableArray<ImpactPlacebo> PlacebosInTime => diagnostics.PlacebosInTime;

        /// <summary>Each comparison country in turn in the policy country's place, against the others.</summary>
        public ImmutableArray<ImpactPlacebo> PlacebosInSpace => diagnostics.PlacebosInSpace;

        /// <summary>Publisher changes and part-year figures inside the windows, by country and year.</summary>
        public ImmutableArray<string> Breaks => diagnostics.Breaks;

        /// <summary>The rank of the absolute difference-in-differences among itself and the placebos in space (1 = largest); null without an estimate.</summary>
        public int? PlaceboRank => DifferenceInDifferences is { } did ? 1 + PlacebosInSpace.Count(p => p.DifferenceInDifferences is { } d && Math.Abs(d) >= Math.Abs(did)) : null;

        /// <summary>The permutation p-value: rank ÷ (placebos + 1). With n comparison countries it cannot be below 1/(n + 1).</summary>
        public double? PlaceboPValue => PlaceboRank is { } rank ? (double)rank / (PlacebosInSpace.Count(p => p.DifferenceInDifferences is not null) + 1) : null;

        /// <summary>The headline: the estimate, its design and its status.</summary>
        /// <returns>One line.</returns>
        public string Headline() =>
            $"Difference-in-differences (before/after against the mean of {ComparisonCountriesUsed} comparison countries, {Options.YearsBefore} years before and {Options.YearsAfter} after, start year in neither): {(DifferenceInDifferences is null ? "no estimate" : Format(DifferenceInDifferences))} — {Estimation.PanelEstimate.StatusText(Status)}{(DifferenceInDifferences is null ? " (see warnings)" : string.Empty)}";

        /// <summary>The data release.</summary>
        public string DataVersion { get; }

        /// <summary>The analysis as readable text: windows, means, observations, gaps, the difference and its limits.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(Headline()).Append("\n\n").Append(Metric.Name).Append(" around ").Append(Policy.Name).Append(" (").Append(Policy.Country).Append(", from ")
                .Append(Policy.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(")\n")
                .Append("Before: ").Append(Treated.Before.FirstYear).Append('–').Append(Treated.Before.LastYear)
                .Append("; after: ").Append(Treated.After.FirstYear).Append('–').Append(Treated.After.LastYear)
                .Append("; ").Append(ExcludedYear).Append(" (start year) in neither.\n\n");
            var rows = new[] { Treated }.Concat(Comparison).Select(s => (IReadOnlyList<string>)new[]
            {
                s.Country.Name + (ReferenceEquals(s, Treated) ? " (policy)" : string.Empty),
                Format(s.Before.Mean), s.Before.Observations + "/" + (s.Before.LastYear - s.Before.FirstYear + 1),
                Format(s.After.Mean), s.After.Observations + "/" + (s.After.LastYear - s.After.FirstYear + 1),
                Format(s.Change),
                ReferenceEquals(s, Treated) ? "policy" : ImpactQuery.Uses(s, Options) ? "yes" : "no",
            }).ToList();
            text.Append(TextTable.Render(new[] { "Country", "Mean before", "Years", "Mean after", "Years", "Change", "In mean" }, rows));
            ImpactAnalysisText.AppendDefinitions(text, this);
            text.Append("\nComparison mean change: ").Append(Format(ComparisonChange)).Append(" (").Append(ComparisonCountriesUsed).Append(" countries)\n")
                .Append("Difference-in-differences: ").Append(Format(DifferenceInDifferences)).Append('\n');
            foreach (var s in Sensitivity)
            {
                text.Append("  with ").Append(s.YearsBefore).Append(" years before and ").Append(s.YearsAfter).Append(" after: ").Append(Format(s.DifferenceInDifferences)).Append('\n');
            }

            ImpactAnalysisText.AppendDiagnostics(text, this);
            text.Append("\nWhat this does not show:\n");
            foreach (var limitation in Limitations)
            {
                text.Append("- ").Append(limitation).Append('\n');
            }

            return text.Append("PolicyRef data ").Append(DataVersion).Append('\n').ToString();
        }

        internal static string Format(decimal? value) => value is null ? "—" : ClaimFormatter.FormatNumber(decimal.Round(value.Value, 2));
    }
}
