using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyRef.Model
{
    /// <summary>The claims about one entity, in file order, indexed by metric.</summary>
    public sealed class ClaimSet : IReadOnlyList<Claim>
    {
        private readonly ImmutableArray<Claim> claims;

        // Built once and never changed after, so reads from any thread are safe. A plain hash map: a lookup costs a hash
        // of the metric id and one comparison, where an ImmutableDictionary walks a tree.
        private readonly Dictionary<MetricId, ImmutableArray<Claim>> byMetric;
        private readonly MetricId[] metrics;

        /// <summary>Creates a claim set.</summary>
        /// <param name="claims">The claims.</param>
        public ClaimSet(IEnumerable<Claim> claims)
        {
            this.claims = claims.ToImmutableArray();
            var groups = new Dictionary<MetricId, ImmutableArray<Claim>.Builder>();
            foreach (var claim in this.claims)
            {
                if (!groups.TryGetValue(claim.Metric, out var group))
                {
                    group = ImmutableArray.CreateBuilder<Claim>();
                    groups.Add(claim.Metric, group);
                }

                group.Add(claim);
            }

            byMetric = new Dictionary<MetricId, ImmutableArray<Claim>>(groups.Count);
            foreach (var pair in groups)
            {
                byMetric.Add(pair.Key, pair.Value.Count == pair.Value.Capacity ? pair.Value.MoveToImmutable() : pair.Value.ToImmutable());
            }

            metrics = byMetric.Keys.ToArray();
            Array.Sort(metrics);
        }

        /// <summary>An empty set.</summary>
        public static ClaimSet Empty { get; } = new ClaimSet(Enumerable.Empty<Claim>());

        /// <summary>The number of claims.</summary>
        public int Count => claims.Length;

        /// <summary>The metrics that have at least one claim, in id order.</summary>
        public IEnumerable<MetricId> Metrics => metrics.Skip(0);

        /// <summary>The claim at a position in file order.</summary>
        /// <param name="index">The position.</param>
        public Claim this[int index] => claims[index];

        /// <summary>The claims for one metric, in file order; empty when there are none.</summary>
        /// <param name="metric">The metric.</param>
        /// <returns>The claims.</returns>
        public ImmutableArray<Claim> For(MetricId metric) => byMetric.TryGetValue(metric, out var found) ? found : ImmutableArray<Claim>.Empty;

        /// <inheritdoc />
        public IEnumerator<Claim> GetEnumerator() => ((IEnumerable<Claim>)claims).GetEnumerator();

        /// <inheritdoc />
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
