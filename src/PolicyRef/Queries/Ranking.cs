using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using PolicyRef.Internal;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// Subjects ranked by a metric as of a date. Each row's value is the preferred claim whose period ends on or
    /// before the date, so rows are for different periods: each row says which, and its source.
    /// Ties share a rank and are listed in id order.
    /// </summary>
    public sealed class Ranking
    {
        internal Ranking(MetricDefinition metric, LocalDate asOf, RankOptions options, ImmutableArray<RankingRow> rows, ImmutableArray<IClaimSubject> withoutFigure, string dataVersion)
        {
            Metric = metric;
            AsOf = asOf;
            Options = options;
            Rows = rows;
            WithoutFigure = withoutFigure;
            DataVersion = dataVersion;
        }

        /// <summary>The metric ranked on.</summary>
        public MetricDefinition Metric { get; }

        /// <summary>The as-of date.</summary>
        public LocalDate AsOf { get; }

        /// <summary>The options used.</summary>
        public RankOptions Options { get; }

        /// <summary>The rows, in rank order.</summary>
        public ImmutableArray<RankingRow> Rows { get; }

        /// <summary>Subjects in scope with no figure at or before the date (or none recent enough).</summary>
        public ImmutableArray<IClaimSubject> WithoutFigure { get; }

        /// <summary>The data release.</summary>
        public string DataVersion { get; }

        /// <summary>The ranking as a readable table.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(Metric.Name).Append(", as of ").Append(AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
                .Append(Options.Region is null ? string.Empty : ", region " + Options.Region).Append('\n');
            var rows = Rows.Select(r => (System.Collections.Generic.IReadOnlyList<string>)new[]
            {
                r.Rank.ToString(CultureInfo.InvariantCulture), r.Subject.DisplayName, ClaimFormatter.FormatValue(r.Claim, r.Selection.Metric), r.Period.ToString(), r.Source.Id + (r.Selection.HasDisagreement ? " *" : string.Empty) + (r.Warnings.IsEmpty ? string.Empty : " !"),
            }).ToList();
            text.Append(TextTable.Render(new[] { "#", "Subject", "Value", "Period", "Source" }, rows));
            text.Append("\nPeriods differ between rows: each value is the latest at or before the date. * other sources give other values for that period.\n");
            foreach (var row in Rows.Where(r => !r.Warnings.IsEmpty))
            {
                text.Append("! ").Append(row.Subject.DisplayName).Append(": ").Append(string.Join("; ", row.Warnings)).Append('\n');
            }

            if (!WithoutFigure.IsEmpty)
            {
                text.Append(WithoutFigure.Length).Append(" in scope without a figure.\n");
            }

            return text.Append("PolicyRef data ").Append(DataVersion).Append('\n').ToString();
        }
    }
}
