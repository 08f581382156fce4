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
            // Grouped by voice: an outlet printing another's figure joins the series of the publisher it copies, so the
            // series are as many as the independent publishers, and each label names the outlets that re-print it.
            return subject.Claims.For(metricId)
                .Where(c => PreferenceRule.Competes(c, options.Definition))
                .GroupBy(c => Voice.Of(reference, reference.GetSource(c.SourceId)))
                .Select(g => (Label: Label(reference, g.Key, g), Claims: g))
                .ToImmutableSortedDictionary(g => g.Label, g => Build(reference, subject, metric, options, g.Claims, g.Label), StringComparer.Ordinal);
        }

        /// <summary>An outlet's name, with the publisher it re-prints when it is a copy.</summary>
        private static string Describe(Source source, Voice voice) =>
            string.Equals(source.Publisher, voice.Name, StringComparison.Ordinal) ? source.Publisher : $"{source.Publisher} (re-publishing {voice.Name})";

        /// <summary>
        /// A voice's label: the publisher's name, with the outlets that re-print it ("InSight Crime; re-published by
        /// Cambio21"), or, for an origin the set has no source of, the outlets and the origin they copy.
        /// </summary>
        private static string Label(DataIndex reference, Voice voice, IEnumerable<Claim> claims)
        {
            var outlets = claims.Select(c => reference.GetSource(c.SourceId).Publisher)
                .Where(p => !string.Equals(p, voice.Name, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
            if (voice.IsBareOrigin)
            {
                return string.Join("; ", outlets) + " (re-publishing " + voice.Name + ")";
            }

            return outlets.Count == 0 ? voice.Name : voice.Name + "; re-published by " + string.Join("; ", outlets);
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

            // Two outlets printing one publisher's figure are the same voice: no break between them.
            if (!reference.TryGetSource(previous.SourceId, out var a) || !reference.TryGetSource(current.SourceId, out var b))
            {
                return string.Equals(previous.SourceId, current.SourceId, StringComparison.Ordinal) ? null : $"publisher changes from {previous.SourceId} to {current.SourceId}";
            }

            var (from, to) = (Voice.Of(reference, a), Voice.Of(reference, b));
            return from.Equals(to) ? null : $"publisher changes from {Describe(a, from)} to {Describe(b, to)}";
        }
    }
}
