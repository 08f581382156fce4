using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Export
{
    /// <summary>The observations table every export writes: one row per claim, in a stable order, the preferred claim of each cell marked.</summary>
    public static class Observations
    {
        /// <summary>
        /// Every claim of the data set, by subject (countries, facilities, policies), then metric, period and source id.
        /// A cell is a subject, a metric and a period as written: for a varying metric the default rule chooses among the
        /// claims of that exact period; for a fixed metric, whose periods all describe the same thing, the claim the rule
        /// chooses for the subject is the one preferred.
        /// </summary>
        /// <param name="reference">The data set.</param>
        /// <returns>The rows.</returns>
        public static ImmutableArray<Observation> Of(PolicyReference reference)
        {
            if (reference is null)
            {
                throw new ArgumentNullException(nameof(reference));
            }

            var rows = ImmutableArray.CreateBuilder<Observation>();
            foreach (var subject in reference.Subjects)
            {
                rows.AddRange(Rows(reference, subject));
            }

            return rows.ToImmutable();
        }

        /// <summary>The claims of one subject, as <see cref="Of(PolicyReference)"/> writes them.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="subject">A country, facility or policy of it.</param>
        /// <returns>The rows.</returns>
        public static ImmutableArray<Observation> Of(PolicyReference reference, IClaimSubject subject)
        {
            if (reference is null || subject is null)
            {
                throw new ArgumentNullException(reference is null ? nameof(reference) : nameof(subject));
            }

            return Rows(reference, subject).ToImmutableArray();
        }

        private static IEnumerable<Observation> Rows(PolicyReference reference, IClaimSubject subject)
        {
            var preferred = PreferredClaims(reference, subject);
            return subject.Claims
                .OrderBy(c => c.Metric)
                .ThenBy(c => c.Period)
                .ThenBy(c => c.SourceId, StringComparer.Ordinal)
                .Select(c => new Observation(c, preferred.Contains(c)));
        }

        private static HashSet<Claim> PreferredClaims(PolicyReference reference, IClaimSubject subject)
        {
            // Claims compare by reference: two claims with equal fields from one source are still two rows.
            var preferred = new HashSet<Claim>();
            foreach (var metric in subject.Claims.Metrics)
            {
                if (!reference.TryGetMetric(metric, out var definition))
                {
                    continue;
                }

                if (definition.Temporality == MetricTemporality.Fixed)
                {
                    AddChosen(preferred, reference.Select(subject, metric));
                    continue;
                }

                foreach (var cell in subject.Claims.For(metric).GroupBy(c => c.Period))
                {
                    AddChosen(preferred, PreferenceRule.Default.Select(cell, definition, reference.SourcesById));
                }
            }

            return preferred;
        }

        private static void AddChosen(HashSet<Claim> preferred, ClaimSelection? selection)
        {
            if (selection is not null)
            {
                preferred.Add(selection.Chosen);
            }
        }
    }
}
