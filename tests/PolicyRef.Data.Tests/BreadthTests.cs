using System;
using System.IO;
using System.Linq;
using PolicyRef.Export;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Data.Tests
{
    /// <summary>Integrity rules that grow with the data set: breadth, completeness of entities, and documented differences.</summary>
    public class BreadthTests
    {
        private static readonly PolicyReference Reference = PolicyReference.Default;

        // The countries curated in depth; England & Wales publishes prison figures for the United Kingdom's largest jurisdiction.
        private static readonly string[] Curated =
        {
            "SLV", "HND", "GTM", "NIC", "CRI", "PAN", "BLZ", "MEX", "CUB", "DOM", "JAM", "HTI", "TTO", "COL", "VEN", "ECU", "PER", "BOL", "BRA", "PRY", "URY", "CHL", "ARG", "USA", "CAN",
            "GBR-EAW", "NOR", "SWE", "DNK", "FIN", "NLD", "DEU", "FRA", "ESP", "ITA", "POL", "RUS", "TUR", "UKR", "RWA", "ZAF", "NGA", "KEN", "EGY",
            "THA", "PHL", "IDN", "JPN", "KOR", "CHN", "IND", "TKM", "KAZ", "IRN", "SGP", "AUS", "NZL",
        };

        [Fact]
        public void The_coverage_report_in_docs_matches_the_data()
        {
            var committed = File.ReadAllText(Path.Combine(Repository.Root, "docs", "coverage.md"));
            Assert.True(committed == CoverageReport.ToMarkdown(Reference), "docs/coverage.md is out of date: run dotnet run --project src/PolicyRef.Cli -- coverage --out docs/coverage.md");
        }

        [Fact]
        public void Most_countries_have_a_prison_rate_and_a_homicide_series()
        {
            var both = Reference.Countries.Count(c => !c.Claims.For(MetricIds.PrisonPopulationRate).IsEmpty && !c.Claims.For(MetricIds.HomicideRate).IsEmpty);
            Assert.InRange(both, Reference.Countries.Length * 3 / 4, Reference.Countries.Length);
        }

        [Fact]
        public void Every_curated_country_has_a_prison_rate_and_its_homicide_rate_is_known()
        {
            foreach (var code in Curated)
            {
                var country = Reference.GetCountry(code);
                Assert.True(!country.Claims.For(MetricIds.PrisonPopulationRate).IsEmpty, code + " has no prison population rate");
                var homicideHolder = code == "GBR-EAW" ? Reference.GetCountry("GBR") : country;
                Assert.True(!homicideHolder.Claims.For(MetricIds.HomicideRate).IsEmpty, code + " has no homicide rate");
            }
        }

        [Fact]
        public void Every_facility_has_a_status_and_a_capacity_or_population_in_a_known_country()
        {
            Assert.All(Reference.Facilities, f =>
            {
                Assert.True(Reference.TryGetCountry(f.Country, out _), f.Id);
                Assert.True(!f.Claims.For(MetricIds.Status).IsEmpty, f.Id + " has no status");
                Assert.True(!f.Claims.For(MetricIds.DesignCapacity).IsEmpty || !f.Claims.For(MetricIds.ReportedPopulation).IsEmpty, f.Id + " has neither capacity nor population");
            });
        }

        [Fact]
        public void Every_policy_has_a_start_and_a_source()
        {
            Assert.All(Reference.Policies, p =>
            {
                Assert.True(p.Start.Year >= 1900, p.Id);
                Assert.True(!p.SourceIds.IsEmpty || !p.Events.IsEmpty, p.Id + " has no source");
            });
        }

        [Fact]
        public void A_source_giving_two_values_for_the_same_thing_says_why()
        {
            var unexplained = Reference.Subjects
                .SelectMany(s => s.Claims.GroupBy(c => (c.Metric, c.Period, c.SourceId)))
                .Where(g => g.Select(c => c.Value).Distinct().Count() > 1 && g.Any(c => string.IsNullOrWhiteSpace(c.Note)))
                .Select(g => $"{g.First().SubjectId} {g.Key.Metric} {g.Key.Period} {g.Key.SourceId}")
                .ToList();
            Assert.True(unexplained.Count == 0, string.Join("\n", unexplained));
        }

        [Fact]
        public void The_breadth_promised_for_this_release_is_there()
        {
            Assert.InRange(Reference.Countries.Length, 190, 400);
            Assert.InRange(Reference.Facilities.Length, 40, 100000);
            Assert.InRange(Reference.Policies.Length, 20, 100000);
            Assert.InRange(Reference.Claims.Count(), 20000, 10000000);
        }
    }
}
