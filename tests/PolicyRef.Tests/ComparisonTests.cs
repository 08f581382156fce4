using System.Collections.Generic;
using System.Linq;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    public class ComparisonTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();

        [Fact]
        public void Has_a_row_per_metric_any_facility_has_and_a_cell_per_facility()
        {
            var comparison = Reference.CompareFacilities("alpha-max", "beta-open");
            Assert.Equal(new[] { "construction-cost", "design-capacity", "opened", "status", "wall-height" }, comparison.Rows.Select(r => r.Metric.Id.Value));
            Assert.All(comparison.Rows, r => Assert.Equal(2, r.Cells.Length));
            var status = comparison.Rows.Single(r => r.Metric.Id == MetricIds.Status);
            Assert.False(status.Cells[1].HasValue);
        }

        [Fact]
        public void Marks_disagreements_and_numbers_the_sources_that_support_them()
        {
            var comparison = Reference.CompareFacilities("alpha-max", "beta-open");
            var wall = comparison.Rows.Single(r => r.Metric.Id == MetricIds.WallHeight);
            Assert.True(wall.Cells[0].HasDisagreement);
            Assert.False(wall.Cells[1].HasDisagreement);
            Assert.True(comparison.FootnoteOf("film-2024") > 0);
            Assert.Equal(0, comparison.FootnoteOf("ngo-2024-report"));
            var text = comparison.ToString();
            Assert.Contains("11 m [" + comparison.FootnoteOf("wire-2023-02-tour") + "] *", text);
            Assert.Contains("9 m (2024) [" + comparison.FootnoteOf("film-2024") + "]", text);
            Assert.Contains("[" + comparison.FootnoteOf("film-2024") + "] Film Maker, \"Inside the prison, a documentary\"", text);
        }

        [Fact]
        public void Shows_only_the_metrics_asked_for_in_that_order()
        {
            var comparison = Reference.CompareFacilities(new[] { "beta-open", "alpha-max" }, new[] { MetricIds.WallHeight, MetricIds.Opened });
            Assert.Equal(new[] { MetricIds.WallHeight, MetricIds.Opened }, comparison.Rows.Select(r => r.Metric.Id));
            Assert.Equal("beta-open", comparison.Facilities[0].Id);
            Assert.Equal("2010-03", comparison.Rows[1].Cells[0].Selection!.Chosen.Value.ToString());
        }

        [Fact]
        public void Unknown_facility_names_the_nearest_ids()
        {
            var e = Assert.Throws<KeyNotFoundException>(() => Reference.CompareFacilities("alpha-mx", "beta-open"));
            Assert.Contains("'alpha-max'", e.Message);
        }

        [Fact]
        public void Header_uses_short_names_and_countries()
        {
            var text = Reference.CompareFacilities("alpha-max", "beta-open").ToString();
            var header = text.Split('\n')[0];
            Assert.Contains("ALFA (AAA)", header);
            Assert.Contains("Beta fengsel (BBB)", header);
        }
    }
}
