using System;
using System.Collections.Generic;
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
    /// A subject's figures for one metric over time, one point per period, each the preferred claim for that period
    /// (or, for a per-publisher series, that publisher's claim). Gaps stay gaps unless <see cref="Interpolate"/> is asked for.
    /// </summary>
    public sealed class Series
    {
        internal Series(IClaimSubject subject, MetricDefinition metric, SeriesGranularity granularity, string? publisher, ImmutableArray<SeriesPoint> points)
        {
            Subject = subject;
            Metric = metric;
            Granularity = granularity;
            Publisher = publisher;
            Points = points;
        }

        /// <summary>The country, facility or policy.</summary>
        public IClaimSubject Subject { get; }

        /// <summary>The metric.</summary>
        public MetricDefinition Metric { get; }

        /// <summary>How claims were grouped into points.</summary>
        public SeriesGranularity Granularity { get; }

        /// <summary>The publisher of every point, for a per-publisher series; null for the preferred series.</summary>
        public string? Publisher { get; }

        /// <summary>The points in period order.</summary>
        public ImmutableArray<SeriesPoint> Points { get; }

        /// <summary>The first point, or null when empty.</summary>
        public SeriesPoint? First => Points.IsEmpty ? null : Points[0];

        /// <summary>The last point, or null when empty.</summary>
        public SeriesPoint? Last => Points.IsEmpty ? null : Points[Points.Length - 1];

        /// <summary>
        /// The last value minus the first, as the figures are given; null with fewer than two points. When either figure is
        /// a bound or approximate, so is the change: <see cref="ChangeCaveat"/> says how.
        /// </summary>
        public decimal? Change => Points.Length < 2 ? null : Last!.Value - First!.Value;

        /// <summary>
        /// Why <see cref="Change"/> is not a plain difference — a bound at either end makes it a bound, bounds pointing
        /// opposite ways leave it undetermined, an approximate, estimated, provisional, planned or filled figure makes it
        /// approximate — or null when both ends are plain figures (or there are fewer than two points).
        /// </summary>
        public string? ChangeCaveat => Points.Length < 2 ? null : SeriesChange.Between(First!, Last!).Caveat;

        /// <summary>The change as a percentage of the first value; null with fewer than two points or a first value of 0.</summary>
        public decimal? PercentChange => Points.Length < 2 || First!.Value == 0m ? null : (Last!.Value - First.Value) / First.Value * 100m;

        /// <summary>
        /// The compound annual growth rate from the first to the last point, in percent, over the years between their
        /// period ends; null with fewer than two points, non-positive values or points less than a day apart.
        /// </summary>
        public double? CompoundAnnualGrowth
        {
            get
            {
                if (Points.Length < 2 || First!.Value <= 0m || Last!.Value <= 0m)
                {
                    return null;
                }

                var years = NodaTime.Period.DaysBetween(First.Period.End, Last.Period.End) / 365.2425;
                return years <= 0 ? null : (Math.Pow((double)(Last.Value / First.Value), 1 / years) - 1) * 100;
            }
        }

        /// <summary>The points whose periods lie within the dates (inclusive); a sub-range of this series.</summary>
        /// <param name="from">The first day, or null.</param>
        /// <param name="to">The last day, or null.</param>
        /// <returns>The shorter series.</returns>
        public Series Between(LocalDate? from, LocalDate? to) =>
            new Series(Subject, Metric, Granularity, Publisher, Points.Where(p => (from is null || p.Period.Start >= from) && (to is null || p.Period.End <= to)).ToImmutableArray());

        /// <summary>The points at which the series breaks (a change of publisher or definition from the point before).</summary>
        public ImmutableArray<SeriesPoint> Breaks => Points.Where(p => p.IsBreak).ToImmutableArray();

        /// <summary>Fills the missing years between observed ones by a named method; every filled point is flagged.</summary>
        /// <param name="method">How to fill.</param>
        /// <returns>The filled series.</returns>
        /// <exception cref="InvalidOperationException">The series is not yearly.</exception>
        public Series Interpolate(InterpolationMethod method)
        {
            if (Granularity != SeriesGranularity.Year)
            {
                throw new InvalidOperationException("Only yearly series can be interpolated; ask for SeriesOptions.Yearly.");
            }

            var filled = ImmutableArray.CreateBuilder<SeriesPoint>();
            for (var i = 0; i < Points.Length; i++)
            {
                filled.Add(Points[i]);
                if (i + 1 == Points.Length)
                {
                    break;
                }

                int from = Points[i].Period.Start.Year, to = Points[i + 1].Period.Start.Year;
                for (var year = from + 1; year < to; year++)
                {
                    var value = method == InterpolationMethod.CarryForward
                        ? Points[i].Value
                        : Points[i].Value + ((Points[i + 1].Value - Points[i].Value) * (year - from) / (to - from));
                    filled.Add(new SeriesPoint(ReferencePeriod.ForYear(year), value, null, method));
                }
            }

            return new Series(Subject, Metric, Granularity, Publisher, filled.ToImmutable());
        }

        /// <summary>This series and another on their common periods (years, for yearly series).</summary>
        /// <param name="other">The other series, of the same granularity.</param>
        /// <returns>The aligned pairs.</returns>
        public AlignedSeries Align(Series other)
        {
            if (other is null)
            {
                throw new ArgumentNullException(nameof(other));
            }

            if (other.Granularity != Granularity)
            {
                throw new ArgumentException("Align series of the same granularity.", nameof(other));
            }

            var theirs = other.Points.ToDictionary(p => p.Period);
            var pairs = Points.Where(p => theirs.ContainsKey(p.Period)).Select(p => new AlignedPoint(p.Period, p, theirs[p.Period])).ToImmutableArray();
            return new AlignedSeries(this, other, pairs);
        }

        /// <summary>The series as a readable table.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var rows = Points.Select(p => (IReadOnlyList<string>)new[]
            {
                p.Period.ToString(),
                p.Claim is null ? ClaimFormatter.FormatValue(ClaimValue.FromNumber(p.Value), Metric.Unit, Metric.Decimals) : ClaimFormatter.FormatValue(p.Claim, Metric),
                p.IsFilled ? $"filled ({p.FilledBy!.Value.ToString().ToLowerInvariant()})" : p.Claim!.SourceId + (p.Selection!.HasDisagreement ? " *" : string.Empty) + (p.IsBreak ? " |" : string.Empty),
            }).ToList();
            var text = new StringBuilder()
                .Append(Subject.DisplayName).Append(", ").Append(Metric.Name).Append(Publisher is null ? string.Empty : " (" + Publisher + ")").Append('\n')
                .Append(TextTable.Render(new[] { "Period", "Value", "Source" }, rows));
            foreach (var point in Points.Where(p => p.IsBreak))
            {
                // "|" in the table marks the point; the reason follows, so a change of publisher is never read as a change in the figure.
                text.Append("| Break at ").Append(point.Period).Append(": ").Append(point.BreakReason).Append('\n');
            }

            if (Change is not null)
            {
                // A change between qualified figures is printed with its qualifier and the reason, never as a plain number.
                var change = SeriesChange.Between(First!, Last!);
                if (!change.Determined)
                {
                    text.Append("Change ").Append(change.Caveat).Append('\n');
                    return text.ToString();
                }

                text.Append("Change ").Append(change.Sign).Append(ClaimFormatter.FormatNumber(Change.Value, Metric.Decimals));
                if (PercentChange is not null && (change.Sign.Length == 0 || change.Sign == "~" || (First!.Value > 0m && Last!.Value >= 0m)))
                {
                    text.Append(" (").Append(change.Sign).Append(PercentChange.Value.ToString("0.#", CultureInfo.InvariantCulture)).Append("%)");
                }

                text.Append(change.Caveat is null ? string.Empty : ": " + change.Caveat).Append('\n');
            }

            return text.ToString();
        }
    }
}
