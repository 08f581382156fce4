using System;
using System.IO;
using System.Linq;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cookbook.Recipes
{
    /// <summary>Recipes about countries.</summary>
    public static class Countries
    {
        // <top-prison-population-rates>
        public static void TopPrisonPopulationRates(TextWriter output)
        {
            var data = PolicyReference.Default;
            var asOf = new LocalDate(2024, 12, 31);

            // Each country's preferred figure among those whose period ends on or before asOf, so rows
            // refer to different periods, and each row says which.
            output.Write(data.RankCountries(MetricIds.PrisonPopulationRate, asOf, RankOptions.Default.WithTop(10)));
            output.WriteLine();

            // The same within a UN M49 sub-region, leaving out figures more than five years old at asOf.
            var options = RankOptions.Default.WithRegion("Central America").WithMaximumAge(Period.FromYears(5));
            output.Write(data.RankCountries(MetricIds.PrisonPopulationRate, asOf, options));
        }
        // </top-prison-population-rates>

        // <el-salvador-before-after>
        public static void ElSalvadorBeforeAndAfter(TextWriter output)
        {
            var data = PolicyReference.Default;
            var policy = data.GetPolicy("slv-state-of-exception-2022"); // in force from 27 March 2022

            // Three years before the start year against two after (2022 itself is in neither window), against
            // the default group: the rest of Central America less Honduras, under its own state of exception from
            // December 2022, and less any country missing a window year (the complete-window rule).
            var options = ImpactOptions.Years(3, 2);
            output.Write(data.Impact(policy, MetricIds.HomicideRate, options));
            output.WriteLine();

            // The yearly series behind the means: one preferred figure per year, gaps left as gaps.
            foreach (var code in new[] { "SLV", "HND", "GTM" })
            {
                var series = data.Series(data.GetCountry(code), MetricIds.HomicideRate, SeriesOptions.Yearly.Between(new LocalDate(2017, 1, 1), null));
                output.WriteLine($"{code}: " + string.Join(", ", series.Points.Select(p => $"{p.Period} {ClaimFormatter.FormatNumber(Math.Round(p.Value, 1))}")));
            }
        }
        // </el-salvador-before-after>

        // <synthetic-control>
        public static void ElSalvadorSyntheticControl(TextWriter output)
        {
            var data = PolicyReference.Default;
            var policy = data.GetPolicy("slv-state-of-exception-2022");

            // Seven years to fit the weights (2015-2021), one year after (2023); 2022 is in neither window.
            // The default donor pool: countries with every year of data and no state of emergency of their own then.
            var estimate = data.SyntheticControl(policy, MetricIds.HomicideRate, PolicyRef.Queries.Synthetic.SyntheticControlOptions.Years(7, 1));
            output.Write(estimate);

            // Read the fit before the gap: a pre-period RMSPE near the country's own level means no mix of donors tracks it.
            // Without a standard-definition figure after the start there is no estimate, and so no fit to read.
            if (estimate.IsEstimated)
            {
                output.WriteLine();
                output.WriteLine($"Pre-period fit: RMSPE {estimate.PreRmspe:0.0} against a pre-period mean of {estimate.Actual.Take(estimate.PreYearCount).Average():0.0}");
            }
        }
        // </synthetic-control>
    }
}
