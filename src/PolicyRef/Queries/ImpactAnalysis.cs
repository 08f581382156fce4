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
        internal ImpactAnalysis(Policy policy, MetricDefinition metric, ImpactOptions options, SubjectImpact treated, ImmutableArray<SubjectImpact> comparison, ImmutableArray<ImpactSensitivity> sensitivity, ImmutableArray<string> limitations, string dataVersion)
        {
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

        /// <summary>The comparison countries with a figure in both windows.</summary>
        public int ComparisonCountriesUsed => Comparison.Count(c => c.Change is not null);

        /// <summary>The mean change of the comparison countries with a figure in both windows; null when there are none.</summary>
        public decimal? ComparisonChange
        {
            get
            {
                var changes = Comparison.Where(c => c.Change is not null).Select(c => c.Change!.Value).ToList();
                return changes.Count == 0 ? null : changes.Average();
            }
        }

        /// <summary>The policy country's change minus the comparison group's mean change; null when either is missing.</summary>
        public decimal? DifferenceInDifferences => Treated.Change is null || ComparisonChange is null ? null : Treated.Change - ComparisonChange;

        /// <summary>The difference-in-differences with one year less and one year more on each side, to show how much it depends on the windows.</summary>
        public ImmutableArray<ImpactSensitivity> Sensitivity { get; }

        /// <summary>Plain statements of what this comparison does not show.</summary>
        public ImmutableArray<string> Limitations { get; }

        /// <summary>The data release.</summary>
        public string DataVersion { get; }

        /// <summary>The analysis as readable text: windows, means, observations, gaps, the difference and its limits.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(Metric.Name).Append(" around ").Append(Policy.Name).Append(" (").Append(Policy.Country).Append(", from ")
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
            }).ToList();
            text.Append(TextTable.Render(new[] { "Country", "Mean before", "Years", "Mean after", "Years", "Change" }, rows));
            text.Append("\nComparison mean change: ").Append(Format(ComparisonChange)).Append(" (").Append(ComparisonCountriesUsed).Append(" countries)\n")
                .Append("Difference-in-differences: ").Append(Format(DifferenceInDifferences)).Append('\n');
            foreach (var s in Sensitivity)
            {
                text.Append("  with ").Append(s.YearsBefore).Append(" years before and ").Append(s.YearsAfter).Append(" after: ").Append(Format(s.DifferenceInDifferences)).Append('\n');
            }

            text.Append("\nWhat this does not show:\n");
            foreach (var limitation in Limitations)
            {
                text.Append("- ").Append(limitation).Append('\n');
            }

            return text.Append("PolicyRef data ").Append(DataVersion).Append('\n').ToString();
        }

        private static string Format(decimal? value) => value is null ? "—" : ClaimFormatter.FormatNumber(decimal.Round(value.Value, 2));
    }
}
