using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Data;
using PolicyRef.Model;
using PolicyRef.Queries;
using PolicyRef.Queries.Synthetic;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>
    /// An impact on a variant: the variant where a year has it, the standard definition otherwise, each point naming its
    /// definition, and a limitation when the windows mix them. The fixture is changed so that AAA's 2023 and 2024 rates
    /// are of a variant only (as El Salvador's official rates are) and its 2021 rate exists in both definitions.
    /// </summary>
    public class ImpactDefinitionTests
    {
        private const string Variant = "official-count";

        private static readonly PolicyReference Reference = LoadWithVariant();
        private static readonly Policy Emergency = Reference.GetPolicy("aaa-emergency-2022");

        [Fact]
        public void Without_a_definition_the_variant_years_are_missing_and_there_is_no_estimate()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2));
            Assert.Null(impact.Options.Definition);
            Assert.Equal(new[] { 2023, 2024 }, impact.Treated.After.MissingYears);
            Assert.Null(impact.DifferenceInDifferences);
            Assert.All(impact.Treated.Before.Points, p => Assert.Null(p.Claim!.Definition));
            Assert.DoesNotContain(impact.Limitations, l => l.StartsWith("Definitions are mixed", StringComparison.Ordinal));
        }

        [Fact]
        public void With_a_variant_each_year_takes_the_variant_where_it_has_one_and_the_standard_figure_otherwise()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2).WithDefinition(Variant));
            Assert.Equal(Variant, impact.Options.Definition);
            var before = impact.Treated.Before.Points;
            Assert.Equal(new[] { 2019, 2020, 2021 }, before.Select(p => p.Period.Start.Year));
            Assert.Equal(new[] { 36.0m, 19.7m, 10.0m }, before.Select(p => p.Value));
            Assert.Equal(new[] { null, null, Variant }, before.Select(p => p.Claim!.Definition));
            Assert.Equal(new[] { 2.4m, 1.9m }, impact.Treated.After.Points.Select(p => p.Value));
            Assert.All(impact.Treated.After.Points, p => Assert.Equal(Variant, p.Claim!.Definition));

            // The comparison countries have no figure of the variant: their changes are those of the standard series.
            var standard = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2));
            Assert.Equal(standard.Comparison.Select(c => c.Change), impact.Comparison.Select(c => c.Change));
            Assert.Equal(((2.4m + 1.9m) / 2) - ((36.0m + 19.7m + 10.0m) / 3) - impact.ComparisonChange, impact.DifferenceInDifferences);
        }

        [Fact]
        public void Mixed_definitions_add_a_limitation_naming_the_years_and_the_text_lists_each_points_definition()
        {
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2).WithDefinition(Variant));
            var mixed = Assert.Single(impact.Limitations, l => l.StartsWith("Definitions are mixed", StringComparison.Ordinal));
            Assert.Contains("official-count for AAA 2021, 2023, 2024", mixed, StringComparison.Ordinal);
            var text = impact.ToString();
            Assert.Contains("Definitions of the window points (official-count where a year has it, else standard):", text, StringComparison.Ordinal);
            Assert.Contains("  AAA: standard 2019–2020; official-count 2021, 2023–2024\n", text, StringComparison.Ordinal);
            Assert.Contains("  CCC: standard ", text, StringComparison.Ordinal);
            Assert.Contains("- " + mixed, text, StringComparison.Ordinal);

            // A break is marked where the definition changes within the treated country's series.
            Assert.Equal("definition changes from standard to official-count", impact.Treated.Before.Points[2].BreakReason);
            Assert.Contains(impact.Warnings, w => w.StartsWith("Break in AAA 2021: the figure counts official-count (", StringComparison.Ordinal) && w.EndsWith("the one for 2020 standard (Statistics Office of Alphaland); part of the change is a change of definition.", StringComparison.Ordinal));
        }

        [Fact]
        public void The_variant_is_used_in_any_window_year_that_has_it()
        {
            // Windows of one year: 2021 and 2023, both with a figure of the variant for AAA and none for CCC.
            var impact = Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(1, 1).WithComparisonGroup("CCC").WithDefinition(Variant));
            Assert.Equal(10.0m, impact.Treated.Before.Mean);
            Assert.Equal(2.4m, impact.Treated.After.Mean);
            var ccc = impact.Comparison.Single();
            Assert.All(ccc.Before.Points.Concat(ccc.After.Points), p => Assert.Null(p.Claim!.Definition));
            Assert.Contains(impact.Limitations, l => l.Contains("official-count for AAA 2021, 2023;", StringComparison.Ordinal));
        }

        [Fact]
        public void A_variant_without_figures_in_the_windows_is_said_and_changes_nothing()
        {
            var nowhere = LoadWithVariant(variantYears: false);
            var policy = nowhere.GetPolicy("aaa-emergency-2022");
            var none = nowhere.Impact(policy, MetricIds.HomicideRate, ImpactOptions.Years(3, 2).WithDefinition(Variant));
            Assert.Contains(none.Warnings, w => w.StartsWith("No figure of the variant official-count falls in the windows", StringComparison.Ordinal));
            Assert.Contains("Every window point counts the standard definition of the metric (no figure of official-count in the windows).", none.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(none.Limitations, l => l.StartsWith("Definitions are mixed", StringComparison.Ordinal));
            var plain = nowhere.Impact(policy, MetricIds.HomicideRate, ImpactOptions.Years(3, 2));
            Assert.Equal(plain.DifferenceInDifferences, none.DifferenceInDifferences);
            Assert.Contains("Every window point counts the standard definition of the metric.\n", plain.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void An_unknown_variant_is_refused_by_name_for_both_designs()
        {
            var did = Assert.Throws<KeyNotFoundException>(() => Reference.Impact(Emergency, MetricIds.HomicideRate, ImpactOptions.Years(3, 2).WithDefinition("no-such-variant")));
            Assert.Contains("There is no variant of metric 'homicide-rate' 'no-such-variant'", did.Message, StringComparison.Ordinal);
            Assert.Throws<KeyNotFoundException>(() => Reference.SyntheticControl(Emergency, MetricIds.HomicideRate, SyntheticControlOptions.Years(5, 2).WithDefinition("no-such-variant")));
        }

        [Fact]
        public void Options_keep_the_definition_through_every_copy()
        {
            var did = ImpactOptions.Years(3, 2).WithDefinition(Variant).WithComparisonGroup("CCC").WithPartialWindows();
            Assert.Equal(Variant, did.Definition);
            Assert.Null(did.WithDefinition(null).Definition);
            var synthetic = SyntheticControlOptions.Years(5, 2).WithDefinition(Variant).WithDonors("CCC").WithPoorFitThreshold(2m);
            Assert.Equal(Variant, synthetic.Definition);
            Assert.Null(SyntheticControlOptions.Years(5, 2).Definition);
        }

        [Property(MaxTest = 30)]
        public Property Asking_for_the_variant_never_changes_a_country_that_has_none(PositiveInt before, PositiveInt after)
        {
            var options = ImpactOptions.Years(1 + (before.Get % 4), 1 + (after.Get % 2)).WithPartialWindows();
            var standard = Reference.Impact(Emergency, MetricIds.HomicideRate, options);
            var variant = Reference.Impact(Emergency, MetricIds.HomicideRate, options.WithDefinition(Variant));
            return standard.Comparison.Select(c => (c.Country.Id, c.Before.Mean, c.After.Mean))
                .SequenceEqual(variant.Comparison.Select(c => (c.Country.Id, c.Before.Mean, c.After.Mean)))
                .ToProperty();
        }

        /// <summary>The fixture with a variant of the homicide rate; AAA's 2023-24 rates (and, with variantYears, a second 2021 rate) of that variant.</summary>
        internal static PolicyReference LoadWithVariant(bool variantYears = true)
        {
            var files = Fixture.Files();
            string Text(string path) => Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content);
            void Replace(string path, string find, string replace)
            {
                var text = Text(path);
                Assert.Contains(find, text, StringComparison.Ordinal);
                files.RemoveAll(f => f.Path == path);
                files.Add(new DataFile(path, Encoding.UTF8.GetBytes(text.Replace(find, replace, StringComparison.Ordinal))));
            }

            Replace("metrics/homicide-rate.json", "\"tolerance\": 0.05\n", "\"tolerance\": 0.05,\n  \"variants\": [ { \"id\": \"official-count\", \"name\": \"Official count\", \"description\": \"An official count that leaves some deaths out.\", \"source\": \"stat-office-2023\" } ]\n");
            if (variantYears)
            {
                const string Aaa = "countries/AAA.json";
                foreach (var (value, year) in new[] { ("2.4", "2023"), ("1.9", "2024") })
                {
                    Replace(Aaa, $"\"value\": {value}, \"unit\": \"per-100k\", \"period\": \"{year}\", \"source\": \"stat-office-2023\" }}", $"\"value\": {value}, \"unit\": \"per-100k\", \"period\": \"{year}\", \"source\": \"stat-office-2023\", \"definition\": \"official-count\" }}");
                }

                Replace(Aaa, "\"value\": 17.6, \"unit\": \"per-100k\", \"period\": \"2021\", \"source\": \"stat-office-2023\" },", "\"value\": 17.6, \"unit\": \"per-100k\", \"period\": \"2021\", \"source\": \"stat-office-2023\" },\n    { \"metric\": \"homicide-rate\", \"value\": 10.0, \"unit\": \"per-100k\", \"period\": \"2021\", \"source\": \"stat-office-2023\", \"definition\": \"official-count\" },");
            }

            return PolicyReference.LoadFiles(files, null, Fixture.Today);
        }
    }
}
