using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    public class MetricIdTests
    {
        [Fact]
        public void An_id_read_from_text_is_the_handle_and_shares_its_text()
        {
            var read = new MetricId(new string("prison-population-rate".ToCharArray()));
            Assert.Equal(MetricIds.PrisonPopulationRate, read);
            Assert.Equal(MetricIds.PrisonPopulationRate.GetHashCode(), read.GetHashCode());
            Assert.Same(MetricIds.PrisonPopulationRate.Value, read.Value);
        }

        [Fact]
        public void The_default_id_equals_only_itself()
        {
            Assert.Equal(default(MetricId), default(MetricId));
            Assert.Equal(default(MetricId).GetHashCode(), default(MetricId).GetHashCode());
            Assert.NotEqual(default(MetricId), MetricIds.WallHeight);
        }

        [Property(MaxTest = 200)]
        public Property Equal_ids_have_equal_hashes_and_order_consistently(PositiveInt a, PositiveInt b)
        {
            var x = new MetricId("m-" + (a.Get % 50));
            var y = new MetricId(new string(("m-" + (b.Get % 50)).ToCharArray()));
            var equal = x.Equals(y);
            return (equal == (x.Value == y.Value) && (!equal || x.GetHashCode() == y.GetHashCode()) && equal == (x.CompareTo(y) == 0) && equal == (x == y))
                .Label($"{x} {y}");
        }
    }
}
