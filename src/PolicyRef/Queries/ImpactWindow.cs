using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One subject's yearly figures in one window of an impact analysis, with what is missing.</summary>
    public sealed class ImpactWindow
    {
        internal ImpactWindow(int firstYear, int lastYear, ImmutableArray<SeriesPoint> points)
        {
            FirstYear = firstYear;
            LastYear = lastYear;
            Points = points;
            var observed = points.Select(p => p.Period.Start.Year).ToImmutableHashSet();
            MissingYears = Enumerable.Range(firstYear, lastYear - firstYear + 1).Where(y => !observed.Contains(y)).ToImmutableArray();
        }

        /// <summary>The first calendar year of the window.</summary>
        public int FirstYear { get; }

        /// <summary>The last calendar year of the window.</summary>
        public int LastYear { get; }

        /// <summary>The observed yearly points, each with its claim; nothing is filled.</summary>
        public ImmutableArray<SeriesPoint> Points { get; }

        /// <summary>How many years have a figure.</summary>
        public int Observations => Points.Length;

        /// <summary>The years of the window without a figure.</summary>
        public ImmutableArray<int> MissingYears { get; }

        /// <summary>The mean of the observed values; null when there are none.</summary>
        public decimal? Mean => Points.IsEmpty ? null : Points.Average(p => p.Value);

        /// <inheritdoc />
        public override string ToString() => $"{FirstYear}–{LastYear}: {Observations} observed, mean {(Mean is null ? "—" : ClaimFormatter.FormatNumber(decimal.Round(Mean.Value, 2)))}";
    }
}
