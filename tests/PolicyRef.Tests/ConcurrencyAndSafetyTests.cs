using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Tests
{
    public class ConcurrencyAndSafetyTests
    {
        [Fact]
        public async Task Many_threads_querying_while_the_set_initialises_all_see_one_complete_set()
        {
            var lazy = new Lazy<PolicyReference>(Fixture.Load, LazyThreadSafetyMode.ExecutionAndPublication);
            const int threads = 24;
            var start = new Barrier(threads);
            var seen = new ConcurrentBag<(PolicyReference Set, int Claims, string Top, int Conflicts)>();
            var workers = Enumerable.Range(0, threads).Select(n => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                var set = lazy.Value;
                for (var i = 0; i < 20; i++)
                {
                    var top = set.RankCountries(MetricIds.HomicideRate, new LocalDate(2024, 12, 31)).Rows[0].Subject.Id;
                    var conflicts = set.Conflicts().Conflicts.Length;
                    _ = set.CompareFacilities("alpha-max", "beta-open").ToString();
                    seen.Add((Set: set, Claims: set.Claims.Count(), Top: top, Conflicts: conflicts));
                }
            }, TaskCreationOptions.LongRunning)).ToArray();
            await Task.WhenAll(workers);
            var first = seen.First();
            Assert.Equal(threads * 20, seen.Count);
            Assert.All(seen, s =>
            {
                Assert.Same(first.Set, s.Set);
                Assert.Equal(first.Claims, s.Claims);
                Assert.Equal(first.Top, s.Top);
                Assert.Equal(first.Conflicts, s.Conflicts);
            });
        }

        [Fact]
        public void The_library_references_no_networking_assembly()
        {
            var references = typeof(PolicyReference).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
            Assert.DoesNotContain(references, name => name.StartsWith("System.Net", StringComparison.Ordinal));
        }

        [Fact]
        public void Loading_makes_no_network_calls()
        {
            using var listener = new NetworkListener();
            var reference = PolicyReference.LoadDirectory(Fixture.Directory);
            _ = reference.Conflicts().ToString();
            Assert.NotEmpty(listener.Sources);
            Assert.Empty(listener.Events);
        }

        /// <summary>Listens to the runtime's networking event sources; any event means a socket, DNS or HTTP call was made.</summary>
        private sealed class NetworkListener : EventListener
        {
            private static readonly string[] Names = { "System.Net.Sockets", "System.Net.NameResolution", "System.Net.Http", "System.Net.Security" };

            public ConcurrentBag<string> Sources { get; } = new ConcurrentBag<string>();

            public ConcurrentBag<string> Events { get; } = new ConcurrentBag<string>();

            protected override void OnEventSourceCreated(EventSource eventSource)
            {
                if (Names.Contains(eventSource.Name))
                {
                    Sources.Add(eventSource.Name);
                    EnableEvents(eventSource, EventLevel.Verbose, EventKeywords.All);
                }
            }

            protected override void OnEventWritten(EventWrittenEventArgs eventData) => Events.Add(eventData.EventSource.Name + ":" + eventData.EventName);
        }
    }
}
