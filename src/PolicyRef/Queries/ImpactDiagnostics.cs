using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// The checks of a before/after comparison: event study, pre-trend test, placebos in time and space, and the breaks
    /// (publisher changes, part-year figures) inside the windows. A pre-trend or a placebo in time as large as the
    /// estimate makes it not informative.
    /// </summary>
    internal sealed class ImpactDiagnostics
    {
        private ImpactDiagnostics(ImmutableArray<ImpactEventYear> eventStudy, double? treatedSlope, double? comparisonSlope, ImmutableArray<ImpactPlacebo> inTime, ImmutableArray<ImpactPlacebo> inSpace, ImmutableArray<string> breaks, ImmutableArray<string> warnings, ImmutableArray<string> leftOut, bool notInformative)
        {
            EventStudy = eventStudy;
            TreatedPreSlope = treatedSlope;
            ComparisonPreSlope = comparisonSlope;
            PlacebosInTime = inTime;
            PlacebosInSpace = inSpace;
            Breaks = breaks;
            Warnings = warnings;
            LeftOut = leftOut;
            NotInformative = notInformative;
        }

        public ImmutableArray<ImpactEventYear> EventStudy { get; }

        public double? TreatedPreSlope { get; }

        public double? ComparisonPreSlope { get; }

        public ImmutableArray<ImpactPlacebo> PlacebosInTime { get; }

        public ImmutableArray<ImpactPlacebo> PlacebosInSpace { get; }

        public ImmutableArray<string> Breaks { get; }

        public ImmutableArray<string> Warnings { get; }

        public ImmutableArray<string> LeftOut { get; }

        public bool NotInformative { get; }

        public ImpactDiagnostics With(IEnumerable<string> warnings, IEnumerable<string> leftOut) =>
            new ImpactDiagnostics(EventStudy, TreatedPreSlope, ComparisonPreSlope, PlacebosInTime, PlacebosInSpace, Breaks, warnings.ToImmutableArray(), leftOut.ToImmutableArray(), NotInformative);

        public static ImpactDiagnostics Compute(DataIndex reference, IReadOnlyDictionary<CountryCode, Series> series, Policy policy, ImpactOptions options, Country country, IReadOnlyList<Country> group, SubjectImpact treated, IReadOnlyList<SubjectImpact> used)
        {
            var start = policy.Start.Year;
            var did = ImpactQuery.DifferenceInDifferences(treated, used, options);
            var warnings = new List<string>();
            var notInformative = false;
            var eventStudy = BuildEventStudy(series, country, used, start, options);

            // Pre-trend: slopes over the before window; a difference that, carried from the middle of the before window to the middle of the after window, is half the estimate or more.
            var treatedSlope = Slope(treated.Before.Points.Select(p => ((double)p.Period.Start.Year, (double)p.Value)));
            var comparisonSlope = Slope(eventStudy.Where(e => e.Window == "before" && e.Comparison is not null).Select(e => ((double)e.Year, (double)e.Comparison!.Value)));
            if (did is { } estimate && treatedSlope is { } ts && comparisonSlope is { } cs)
            {
                var distance = ((start + 1 + start + options.YearsAfter) / 2.0) - ((start - options.YearsBefore + start - 1) / 2.0);
                var drift = (ts - cs) * distance;
                if (Math.Abs(drift) >= 0.5 * Math.Abs((double)estimate))
                {
                    warnings.Add(Invariant($"Pre-trend: over the before window {country.Id} moved by {ts:0.##} a year and the comparison mean by {cs:0.##}; carried over the {distance:0.#} years between the windows' middles, that difference alone is {drift:0.##}, against a difference-in-differences of {(double)estimate:0.##}. The parallel-trends assumption fails; the estimate is not informative."));
                    notInformative = true;
                }
            }

            var inTime = BuildPlacebosInTime(series, start, options, country, group);
            var asLarge = inTime.Where(p => did is not null && p.DifferenceInDifferences is { } d && Math.Abs(d) >= Math.Abs(did.Value)).ToList();
            if (asLarge.Count > 0)
            {
                warnings.Add($"Placebo in time: fake starts before the policy give differences as large as the real one ({string.Join(", ", asLarge.Select(p => p.ToString()))}, against {ClaimFormatter.FormatNumber(decimal.Round(did!.Value, 2))}); the change was under way before the policy.");
                notInformative = true;
            }

            var inSpace = used.Select(u => new ImpactPlacebo(null, u.Country, ImpactQuery.DifferenceInDifferences(u, used.Where(o => !ReferenceEquals(o, u)), options))).ToImmutableArray();
            if (!treated.IsComplete)
            {
                warnings.Add($"{country.Id} has no figure for {string.Join(", ", treated.Before.MissingYears.Concat(treated.After.MissingYears))}; its means cover fewer years than the windows.{(series.TryGetValue(country.Code, out var own) ? VariantYears.Explain(reference, country, own.Metric.Id, treated.Before.MissingYears.Concat(treated.After.MissingYears)) : string.Empty)}");
            }

            var breaks = FindBreaks(reference, new[] { treated }.Concat(used), start, options);
            warnings.AddRange(breaks);
            return new ImpactDiagnostics(eventStudy, treatedSlope, comparisonSlope, inTime, inSpace, breaks, warnings.ToImmutableArray(), ImmutableArray<string>.Empty, notInformative);
        }

        private static ImmutableArray<ImpactEventYear> BuildEventStudy(IReadOnlyDictionary<CountryCode, Series> series, Country country, IReadOnlyList<SubjectImpact> used, int start, ImpactOptions options)
        {
            decimal? ValueOf(CountryCode code, int year) => series[code].Points.FirstOrDefault(p => p.Period.Start.Year == year)?.Value;
            var rows = Enumerable.Range(start - options.YearsBefore, options.YearsBefore + 1 + options.YearsAfter).Select(year =>
            {
                var values = used.Select(u => ValueOf(u.Country.Code, year)).Where(v => v is not null).Select(v => v!.Value).ToList();
                return (Year: year, Treated: ValueOf(country.Code, year), Comparison: values.Count == 0 ? (decimal?)null : values.Average());
            }).ToList();
            var preDifferences = rows.Where(r => r.Year < start && r.Treated is not null && r.Comparison is not null).Select(r => r.Treated!.Value - r.Comparison!.Value).ToList();
            decimal? baseline = preDifferences.Count == 0 ? null : preDifferences.Average();
            return rows.Select(r => new ImpactEventYear(
                r.Year,
                r.Year < start ? "before" : r.Year == start ? "start" : "after",
                r.Treated,
                r.Comparison,
                r.Treated is null || r.Comparison is null || baseline is null ? null : r.Treated - r.Comparison - baseline)).ToImmutableArray();
        }

        /// <summary>Every fake start whose windows end before the policy's start year, back as far as the policy country has figures.</summary>
        private static ImmutableArray<ImpactPlacebo> BuildPlacebosInTime(IReadOnlyDictionary<CountryCode, Series> series, int start, ImpactOptions options, Country country, IReadOnlyList<Country> group)
        {
            var points = series[country.Code].Points;
            if (points.IsEmpty)
            {
                return ImmutableArray<ImpactPlacebo>.Empty;
            }

            var earliest = points.Min(p => p.Period.Start.Year);
            var result = new List<ImpactPlacebo>();
            for (var fake = start - options.YearsAfter - 1; fake - options.YearsBefore >= earliest; fake--)
            {
                var (t, c) = ImpactQuery.Windows(series, fake, options, country, group);
                result.Add(new ImpactPlacebo(fake, null, ImpactQuery.DifferenceInDifferences(t, c, options)));
            }

            return result.OrderBy(p => p.FakeStartYear).ToImmutableArray();
        }

        /// <summary>Definition and publisher changes between consecutive figures, and figures that cover part of a year, inside the windows.</summary>
        private static ImmutableArray<string> FindBreaks(DataIndex reference, IEnumerable<SubjectImpact> subjects, int start, ImpactOptions options)
        {
            var result = new List<string>();
            foreach (var subject in subjects)
            {
                var points = subject.Before.Points.Concat(subject.After.Points).Where(p => p.Claim is not null).OrderBy(p => p.Period.Start.Year).ToList();
                string Publisher(SeriesPoint p) => reference.TryGetSource(p.Claim!.SourceId, out var source) ? source.Publisher : p.Claim!.SourceId;
                for (var i = 1; i < points.Count; i++)
                {
                    string Definition(SeriesPoint p) => DefinitionSeries.Label(p);
                    if (Definition(points[i]) != Definition(points[i - 1]))
                    {
                        result.Add($"Break in {subject.Country.Id} {points[i].Period.Start.Year}: the figure counts {Definition(points[i])} ({Publisher(points[i])}, {ClaimFormatter.FormatNumber(points[i].Value)}), the one for {points[i - 1].Period.Start.Year} {Definition(points[i - 1])} ({Publisher(points[i - 1])}); part of the change is a change of definition.");
                    }
                    else if (Publisher(points[i]) != Publisher(points[i - 1]))
                    {
                        result.Add($"Break in {subject.Country.Id} {points[i].Period.Start.Year}: the figure is from {Publisher(points[i])} ({ClaimFormatter.FormatNumber(points[i].Value)}), the one for {points[i - 1].Period.Start.Year} from {Publisher(points[i - 1])}; part of the change may be a change of publisher or definition.");
                    }
                }

                foreach (var part in points.Where(p => !IsWholeYear(p.Claim!.Period)))
                {
                    result.Add($"Part-year figure: {subject.Country.Id} {part.Period.Start.Year} covers {part.Claim!.Period}, not the whole year, and is counted as the year.");
                }
            }

            return result.ToImmutableArray();
        }

        private static bool IsWholeYear(ReferencePeriod period) =>
            period.Start.Month == 1 && period.Start.Day == 1 && period.End.Month == 12 && period.End.Day == 31 && period.Start.Year == period.End.Year;

        private static double? Slope(IEnumerable<(double X, double Y)> data)
        {
            var points = data.ToList();
            if (points.Count < 2)
            {
                return null;
            }

            var meanX = points.Average(p => p.X);
            var meanY = points.Average(p => p.Y);
            var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
            return sxx == 0 ? null : points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
