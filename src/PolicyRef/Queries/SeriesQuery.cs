using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Builds preferred and per-publisher series from a subject's claims.</summary>
    internal static class SeriesQuery
    {
        public static Series Preferred(DataIndex reference, IClaimSubject subject, MetricId metricId, SeriesOptions? options)
        {
            options ??= SeriesOptions.Yearly;
            var metric = DataIndex.RequireVariant(reference.RequireMetric(metricId, subject.Kind), options.Definition);
            return Build(reference, subject, metric, options, subject.Claims.For(metricId), null);
        }

        public static ImmutableSortedDictionary<string, Series> ByPublisher(DataIndex reference, IClaimSubject subject, MetricId metricId, SeriesOptions? options)
        {
            options ??= SeriesOptions.Yearly;
            var metric = DataIndex.RequireVariant(reference.RequireMetric(metricId, subject.Kind), options.Definition);
            return subject.Claims.For(metricId)
                .Where(c => PreferenceRule.Competes(c, options.Definition))
                .GroupBy(c => reference.GetSource(c.SourceId).Publisher)
                .ToImmutableSortedDictionary(g => g.Key, g => Build(reference, subject, metric, options, g, g.Key), StringComparer.Ordinal);
        }

        private static Series Build(DataIndex reference, IClaimSubject subject, MetricDefinition metric, SeriesOptions options, IEnumerable<Claim> claims, string? publisher)
        {
            if (!metric.Unit.IsNumeric)
            {
                throw new ArgumentException($"Metric '{metric.Id}' is measured in '{metric.Unit}'; a series needs a numeric metric.", nameof(metric));
            }

            var inRange = claims.Where(c => (options.From is null || c.Period.Start >= options.From) && (options.To is null || c.Period.End <= options.To));
            var groups = options.Granularity == SeriesGranularity.Year
                ? inRange.Where(c => c.Period.Start.Year == c.Period.End.Year).GroupBy(c => ReferencePeriod.ForYear(c.Period.End.Year))
                : inRange.GroupBy(c => c.Period);
            var selections = groups
                .Select(g => (Period: g.Key, Selection: PreferenceRule.Default.SelectVariant(g, metric, reference.SourcesById, options.Definition)))
                .Where(p => p.Selection is not null)
                .OrderBy(p => p.Period)
                .ToList();
            var points = ImmutableArray.CreateBuilder<SeriesPoint>(selections.Count);
            for (var i = 0; i < selections.Count; i++)
            {
                var selection = selections[i].Selection!;
                var breakReason = i == 0 ? null : BreakBetween(reference, selections[i - 1].Selection!.Chosen, selection.Chosen);
                points.Add(new SeriesPoint(selections[i].Period, selection.Chosen.Value.Number, selection, null, breakReason));
            }

            return new Series(subject, metric, options.Granularity, publisher, points.MoveToImmutable());
        }

        /// <summary>Why two consecutive points are not directly comparable: a change of publisher or of definition; null when neither changes.</summary>
        internal static string? BreakBetween(DataIndex reference, Claim previous, Claim current)
        {
            if (!string.Equals(previous.Definition, current.Definition, StringComparison.Ordinal))
            {
                return $"definition changes from {previous.Definition ?? "standard"} to {current.Definition ?? "standard"}";
            }

            var before = reference.TryGetSource(previous.SourceId, out var a) ? a.Publisher : previous.SourceId;
            var after = reference.TryGetSource(current.SourceId, out var b) ? b.Publisher : current.SourceId;
            return string.Equals(before, after, StringComparison.Ordinal) ? null : $"publisher changes from {before} to {after}";
        }
    }
}
