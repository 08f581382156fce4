using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace PolicyRef.Model
{
    /// <summary>The claims about one entity, in file order, indexed by metric.</summary>
    public sealed class ClaimSet : IReadOnlyList<Claim>
    {
        private readonly ImmutableArray<Claim> claims;

        // Built once and never changed after, so reads from any thread are safe. A plain hash map from metric to slot: a
        // lookup costs a hash of the metric id and one comparison, where an ImmutableDictionary walks a tree.
        private readonly Dictionary<MetricId, int> slots;
        private readonly ImmutableArray<Claim>[] groups;
        private readonly MetricId[] metrics;

        // The preferred claim per metric with no as-of date, worked out on first use: the set is immutable, so the answer
        // never changes (an overlay may add sources and metrics but never change those these claims cite).
        private readonly ClaimSelection?[] preferred;

        /// <summary>Creates a claim set.</summary>
        /// <param name="claims">The claims.</param>
        public ClaimSet(IEnumerable<Claim> claims)
        {
            this.claims = claims.ToImmutableArray();
            var builders = new Dictionary<MetricId, ImmutableArray<Claim>.Builder>();
            foreach (var claim in this.claims)
            {
                if (!builders.TryGetValue(claim.Metric, out var group))
                {
                    group = ImmutableArray.CreateBuilder<Claim>();
                    builders.Add(claim.Metric, group);
                }

                group.Add(claim);
            }

            metrics = builders.Keys.ToArray();
            Array.Sort(metrics);
            slots = new Dictionary<MetricId, int>(metrics.Length);
            groups = new ImmutableArray<Claim>[metrics.Length];
            preferred = new ClaimSelection?[metrics.Length];
            for (var i = 0; i < metrics.Length; i++)
            {
                var group = builders[metrics[i]];
                slots.Add(metrics[i], i);
                groups[i] = group.Count == group.Capacity ? group.MoveToImmutable() : group.ToImmutable();
            }
        }

        /// <summary>The claims in file order, without copying.</summary>
        internal ImmutableArray<Claim> Items => claims;

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
        public ImmutableArray<Claim> For(MetricId metric) => slots.TryGetValue(metric, out var slot) ? groups[slot] : ImmutableArray<Claim>.Empty;

        /// <summary>The preferred claim for a metric with no as-of date, computed by <paramref name="select"/> once and kept.</summary>
        internal ClaimSelection? Preferred(MetricId metric, Func<ImmutableArray<Claim>, ClaimSelection?> select)
        {
            if (!slots.TryGetValue(metric, out var slot))
            {
                return null;
            }

            var found = Volatile.Read(ref preferred[slot]);
            if (found is null)
            {
                // A race at worst selects twice; the selection is deterministic and the first stored is kept.
                found = select(groups[slot]);
                found = Interlocked.CompareExchange(ref preferred[slot], found, null) ?? found;
            }

            return found;
        }

        /// <inheritdoc />
        public IEnumerator<Claim> GetEnumerator() => ((IEnumerable<Claim>)claims).GetEnumerator();

        /// <inheritdoc />
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
