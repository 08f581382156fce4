using System;
using System.Linq;
using NodaTime;
using PolicyRef.Tests.Shared;
using Xunit;

namespace PolicyRef.Data.Tests
{
    /// <summary>On the shipped set, the loader's fast path builds exactly what the full reader builds.</summary>
    public class FastLoadShippedTests
    {
        [Fact]
        public void The_fast_path_loads_the_shipped_set_and_matches_the_full_reader()
        {
            var today = new LocalDate(2026, 11, 25);
            var files = DataFiles.FromEmbedded(typeof(PolicyReference).Assembly);
            var fast = DataSetLoader.TryLoadFast(files, null, today, "unversioned");
            Assert.NotNull(fast);
            DataSetAssert.Same(DataSetLoader.LoadFull(files, Array.Empty<DataProblem>(), null, today, "unversioned"), fast!);
        }

        [Fact]
        public void The_default_set_from_the_snapshot_matches_the_embedded_json_checked_by_the_full_loader()
        {
            var json = PolicyReference.LoadEmbeddedJson();
            var snapshot = PolicyReference.LoadEmbedded();
            Assert.Equal(DataManifest.HashOfSet(DataFiles.FromEmbedded(typeof(PolicyReference).Assembly)), snapshot.DataHash);
            DataSetAssert.Same(json, snapshot);
            DataSetAssert.Same(json, PolicyReference.Default);
        }
    }
}
