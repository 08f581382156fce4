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
        private readonly ImmutableDictionary<MetricId, ImmutableArray<Claim>> byMetric;

        /// <summary>Creates a claim set.</summary>
        /// <param name="claims">The claims.</param>
        public ClaimSet(IEnumerable<Claim> claims)
        {
            this.claims = claims.ToImmutableArray();
            byMetric = this.claims.GroupBy(c => c.Metric).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        }

        /// <summary>An empty set.</summary>
        public static ClaimSet Empty { get; } = new ClaimSet(Enumerable.Empty<Claim>());

        /// <summary>The number of claims.</summary>
        public int Count => claims.Length;

        /// <summary>The metrics that have at least one claim, in id order.</summary>
        public IEnumerable<MetricId> Metrics => byMetric.Keys.OrderBy(k => k);

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
