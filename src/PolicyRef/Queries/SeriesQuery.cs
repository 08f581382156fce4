using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Builds preferred and per-publisher series from a subject's claims.</summary>
    internal static class SeriesQuery
    {
        public static Series Preferred(PolicyReference reference, IClaimSubject subject, MetricId metricId, SeriesOptions? options)
        {
            options ??= SeriesOptions.Yearly;
            var metric = reference.RequireMetric(metricId, subject.Kind);
            return Build(reference, subject, metric, options, subject.Claims.For(metricId), null);
        }

        public static ImmutableSortedDictionary<string, Series> ByPublisher(PolicyReference reference, IClaimSubject subject, MetricId metricId, SeriesOptions? options)
        {
            options ??= SeriesOptions.Yearly;
            var metric = reference.RequireMetric(metricId, subject.Kind);
            return subject.Claims.For(metricId)
                .GroupBy(c => reference.GetSource(c.SourceId).Publisher)
                .ToImmutableSortedDictionary(g => g.Key, g => Build(reference, subject, metric, options, g, g.Key), StringComparer.Ordinal);
        }

        private static Series Build(PolicyReference reference, IClaimSubject subject, MetricDefinition metric, SeriesOptions options, IEnumerable<Claim> claims, string? publisher)
        {
            if (!metric.Unit.IsNumeric)
            {
                throw new ArgumentException($"Metric '{metric.Id}' is measured in '{metric.Unit}'; a series needs a numeric metric.", nameof(metric));
            }

            var inRange = claims.Where(c => (options.From is null || c.Period.Start >= options.From) && (options.To is null || c.Period.End <= options.To));
            var groups = options.Granularity == SeriesGranularity.Year
                ? inRange.Where(c => c.Period.Start.Year == c.Period.End.Year).GroupBy(c => ReferencePeriod.ForYear(c.Period.End.Year))
                : inRange.GroupBy(c => c.Period);
            var points = groups
                .Select(g => (Period: g.Key, Selection: PreferenceRule.Default.Select(g, metric, reference.SourcesById)!))
                .OrderBy(p => p.Period)
                .Select(p => new SeriesPoint(p.Period, p.Selection.Chosen.Value.Number, p.Selection, null))
                .ToImmutableArray();
            return new Series(subject, metric, options.Granularity, publisher, points);
        }
    }
}
