using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace PolicyRef.Export.Tests
{
    /// <summary>The shipped export says which claims count a part: every part in data has its kind in both formats, and no part is preferred.</summary>
    public class PartColumnTests
    {
        [Fact]
        public void Every_part_in_data_has_its_kind_in_the_csv_and_parquet_exports()
        {
            var inData = PolicyReference.Default.Claims.Where(c => c.Part is not null)
                .GroupBy(c => ClaimQualifiers.Part(c)!)
                .ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
            Assert.InRange(inData.Values.Sum(), 1, PolicyReference.Default.Claims.Count() - 1);

            foreach (var source in new[] { $"read_csv('{ExportedData.Csv("observations")}', header = true, all_varchar = true)", $"read_parquet('{ExportedData.Parquet("observations")}')" })
            {
                var exported = ExportedData.Query($"SELECT part, count(*) FROM {source} WHERE part IS NOT NULL AND part <> '' GROUP BY part")
                    .ToDictionary(r => (string)r[0]!, r => Convert.ToInt64(r[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
                Assert.Equal(inData.OrderBy(p => p.Key, StringComparer.Ordinal), exported.OrderBy(p => p.Key, StringComparer.Ordinal));

                // A part's label says which part; a whole has neither label nor whole period.
                var unlabelled = ExportedData.Query($"SELECT count(*) FROM {source} WHERE part IS NOT NULL AND part <> '' AND (part_label IS NULL OR part_label = '')").Single();
                Assert.Equal(0L, Convert.ToInt64(unlabelled[0], CultureInfo.InvariantCulture));
                var wholesWithPartFields = ExportedData.Query($"SELECT count(*) FROM {source} WHERE (part IS NULL OR part = '') AND (coalesce(part_of, '') <> '' OR coalesce(part_label, '') <> '')").Single();
                Assert.Equal(0L, Convert.ToInt64(wholesWithPartFields[0], CultureInfo.InvariantCulture));
            }
        }

        [Fact]
        public void No_part_is_the_preferred_figure()
        {
            var preferredParts = ExportedData.Query($"SELECT count(*) FROM read_parquet('{ExportedData.Parquet("observations")}') WHERE part IS NOT NULL AND preferred").Single();
            Assert.Equal(0L, Convert.ToInt64(preferredParts[0], CultureInfo.InvariantCulture));
        }
    }
}
