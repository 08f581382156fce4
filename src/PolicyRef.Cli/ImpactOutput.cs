using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Queries;
using PolicyRef.Queries.Synthetic;

namespace PolicyRef.Cli
{
    /// <summary>
    /// The whole of an impact answer in every format: JSON as one object; CSV and Markdown as long rows
    /// (section, measure such as countries[0].change, value, text) so that the headline, estimate, diagnostics, warnings, limitations
    /// and status travel with the per-country figures.
    /// </summary>
    internal static class ImpactOutput
    {
        private static readonly string[] Columns = { "section", "measure", "value", "text" };

        public static void Write(CliContext context, ParseResult parse, Option<string> format, ImpactAnalysis impact) =>
            Write(context, parse.GetValue(format) ?? "text", impact, () => Json(impact), () => Rows(impact));

        public static void Write(CliContext context, ParseResult parse, Option<string> format, SyntheticControlResult estimate) =>
            Write(context, parse.GetValue(format) ?? "text", estimate, () => Json(estimate), () => Rows(estimate));

        public static JObject Json(ImpactAnalysis impact) => new JObject(
            new JProperty("headline", impact.Headline()),
            new JProperty("design", "difference-in-differences: policy country's change between the before and after windows minus the comparison countries' mean change"),
            new JProperty("policy", impact.Policy.Id),
            new JProperty("metric", impact.Metric.Id.Value),
            new JProperty("definition", Definition(impact.Options.Definition)),
            new JProperty("definition_rule", DefinitionRule(impact.Options.Definition)),
            new JProperty("status", Commands.EstimateCommand.StatusId(impact.Status)),
            new JProperty("estimate", Number(impact.DifferenceInDifferences)),
            new JProperty("difference_in_differences", Number(impact.DifferenceInDifferences)),
            new JProperty("comparison_change", Number(impact.ComparisonChange)),
            new JProperty("comparison_countries_used", impact.ComparisonCountriesUsed),
            new JProperty("windows", new JObject(new JProperty("years_before", impact.Options.YearsBefore), new JProperty("years_after", impact.Options.YearsAfter), new JProperty("start_year_excluded", impact.ExcludedYear), new JProperty("partial_windows_allowed", impact.Options.AllowsPartialWindows))),
            new JProperty("countries", new JArray(new[] { impact.Treated }.Concat(impact.Comparison).Select(s => new JObject(
                new JProperty("country", s.Country.Id),
                new JProperty("role", ReferenceEquals(s, impact.Treated) ? "policy" : "comparison"),
                new JProperty("in_mean", ReferenceEquals(s, impact.Treated) || impact.ComparisonUsed.Contains(s)),
                new JProperty("before_mean", Number(s.Before.Mean)), new JProperty("before_observations", s.Before.Observations), new JProperty("before_missing_years", new JArray(s.Before.MissingYears)),
                new JProperty("before_flags", new JArray(ResultTables.Flags(s.Before.Points))),
                new JProperty("before_points", Points(s.Before.Points)),
                new JProperty("after_mean", Number(s.After.Mean)), new JProperty("after_observations", s.After.Observations), new JProperty("after_missing_years", new JArray(s.After.MissingYears)),
                new JProperty("after_flags", new JArray(ResultTables.Flags(s.After.Points))),
                new JProperty("after_points", Points(s.After.Points)),
                new JProperty("change", Number(s.Change)))))),
            new JProperty("sensitivity", new JArray(impact.Sensitivity.Select(s => new JObject(new JProperty("years_before", s.YearsBefore), new JProperty("years_after", s.YearsAfter), new JProperty("difference_in_differences", Number(s.DifferenceInDifferences)))))),
            new JProperty("event_study", new JArray(impact.EventStudy.Select(e => new JObject(new JProperty("year", e.Year), new JProperty("window", e.Window), new JProperty("treated", Number(e.Treated)), new JProperty("comparison", Number(e.Comparison)), new JProperty("gap", Number(e.Gap)))))),
            new JProperty("diagnostics", new JObject(
                new JProperty("treated_pre_slope", Number(impact.TreatedPreSlope)),
                new JProperty("comparison_pre_slope", Number(impact.ComparisonPreSlope)),
                new JProperty("placebos_in_time", new JArray(impact.PlacebosInTime.Select(p => new JObject(new JProperty("fake_start_year", p.FakeStartYear), new JProperty("difference_in_differences", Number(p.DifferenceInDifferences)))))),
                new JProperty("placebos_in_space", new JArray(impact.PlacebosInSpace.Select(p => new JObject(new JProperty("country", p.Country!.Id), new JProperty("difference_in_differences", Number(p.DifferenceInDifferences)))))),
                new JProperty("placebo_rank", impact.PlaceboRank is { } r ? new JValue(r) : JValue.CreateNull()),
                new JProperty("permutation_p_value", Number(impact.PlaceboPValue)),
                new JProperty("breaks", new JArray(impact.Breaks)))),
            new JProperty("left_out", new JArray(impact.LeftOut)),
            new JProperty("warnings", new JArray(impact.Warnings)),
            new JProperty("limitations", new JArray(impact.Limitations)),
            new JProperty("data_version", impact.DataVersion));

        // A refused estimate has its years but no values for them.
        private static double? At(System.Collections.Immutable.ImmutableArray<double> values, int i) => i < values.Length ? values[i] : null;

        public static JObject Json(SyntheticControlResult estimate) => new JObject(
            new JProperty("headline", estimate.Headline()),
            new JProperty("design", "synthetic control (Abadie, Diamond and Hainmueller 2010): simplex donor weights fitted to the outcome over the pre-period, penalised as in Abadie and L'Hour 2021 (lambda 0.01) for a unique answer; inference by placebos in space"),
            new JProperty("policy", estimate.Policy.Id),
            new JProperty("metric", estimate.Metric.Id.Value),
            new JProperty("definition", Definition(estimate.Options.Definition)),
            new JProperty("definition_rule", DefinitionRule(estimate.Options.Definition)),
            new JProperty("status", Commands.EstimateCommand.StatusId(estimate.Status)),
            new JProperty("refusal", estimate.Refusal is null ? JValue.CreateNull() : new JValue(estimate.Refusal)),
            new JProperty("estimate", Number(estimate.Estimate)),
            new JProperty("windows", new JObject(new JProperty("years_before", estimate.Options.PreYears), new JProperty("years_after", estimate.Options.PostYears), new JProperty("start_year_excluded", estimate.Policy.Start.Year))),
            new JProperty("donor_weights", new JArray(estimate.Weights.Select(w => new JObject(new JProperty("country", w.Country.Id), new JProperty("weight", w.Weight))))),
            new JProperty("years", new JArray(estimate.Years.Select((y, i) => new JObject(new JProperty("year", y), new JProperty("window", i < estimate.PreYearCount ? "pre" : "post"), new JProperty("actual", Number(At(estimate.Actual, i))), new JProperty("definition", i < estimate.ActualDefinitions.Length ? new JValue(estimate.ActualDefinitions[i]) : JValue.CreateNull()), new JProperty("synthetic", Number(At(estimate.Synthetic, i))), new JProperty("gap", Number(At(estimate.Actual, i) - At(estimate.Synthetic, i))))))),
            new JProperty("diagnostics", new JObject(
                new JProperty("pre_rmspe", Number(estimate.IsEstimated ? estimate.PreRmspe : null)),
                new JProperty("post_rmspe", Number(estimate.IsEstimated ? estimate.PostRmspe : null)),
                new JProperty("ratio", Number(estimate.IsEstimated && !double.IsInfinity(estimate.Ratio) ? estimate.Ratio : null)),
                new JProperty("placebo_rank", estimate.Rank),
                new JProperty("placebos_ranked", estimate.PlacebosRanked),
                new JProperty("permutation_p_value", Number(estimate.PValue)),
                new JProperty("smallest_possible_p_value", estimate.IsEstimated ? new JValue(1.0 / (estimate.PlacebosRanked + 1)) : JValue.CreateNull()),
                new JProperty("poor_fit_cutoff_mspe_multiple", estimate.Options.PoorFitThreshold),
                new JProperty("placebos", new JArray(estimate.Placebos.Select(p => new JObject(new JProperty("country", p.Country.Id), new JProperty("pre_rmspe", p.PreRmspe), new JProperty("post_rmspe", p.PostRmspe), new JProperty("excluded_for_poor_fit", p.Excluded))))),
                new JProperty("placebos_in_time", new JArray(estimate.PlacebosInTime.Select(p => new JObject(new JProperty("fake_start_year", p.Start), new JProperty("estimate", p.Estimate))))),
                new JProperty("leave_one_out", new JArray(estimate.LeaveOneOut.Select(l => new JObject(new JProperty("without", l.Country.Id), new JProperty("estimate", l.Weight))))))),
            new JProperty("left_out", new JArray(estimate.LeftOut)),
            new JProperty("warnings", new JArray(estimate.Warnings)),
            new JProperty("limitations", new JArray(estimate.Limitations)),
            new JProperty("data_version", estimate.DataVersion));

        /// <summary>Any JSON object as long rows: nested objects and arrays become dotted measures.</summary>
        private static IEnumerable<IReadOnlyList<object?>> Flatten(JToken token, string path)
        {
            switch (token)
            {
                case JObject o:
                    foreach (var p in o.Properties())
                    {
                        foreach (var row in Flatten(p.Value, path.Length == 0 ? p.Name : path + "." + p.Name))
                        {
                            yield return row;
                        }
                    }

                    break;
                case JArray a when a.Count == 0:
                    // An empty list is said, not dropped: "no warnings" is part of the answer.
                    yield return new object?[] { path.Split('.', '[')[0], path, null, "none" };
                    break;
                case JArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        foreach (var row in Flatten(a[i], path + "[" + i + "]"))
                        {
                            yield return row;
                        }
                    }

                    break;
                default:
                    var value = ((JValue)token).Value;
                    var section = path.Split('.', '[')[0];
                    yield return new object?[] { section, path, value is string ? null : value, value as string };
                    break;
            }
        }

        private static Tabular Rows(ImpactAnalysis impact) => new Tabular(Columns, Flatten(Json(impact), string.Empty));

        private static Tabular Rows(SyntheticControlResult estimate) => new Tabular(Columns, Flatten(Json(estimate), string.Empty));

        private static void Write(CliContext context, string format, object result, System.Func<JObject> json, System.Func<Tabular> rows)
        {
            if (format == "text")
            {
                context.Output.Write(result.ToString());
            }
            else if (format == "json")
            {
                context.Output.Write(json().ToString(Newtonsoft.Json.Formatting.Indented) + "\n");
            }
            else
            {
                rows().Write(context.Output, format);
            }
        }

        private static JToken Definition(string? definition) => definition is null ? new JValue("standard") : new JValue(definition);

        private static string DefinitionRule(string? definition) => definition is null
            ? "every point counts the metric's standard definition"
            : $"each year counts {definition} where the country has a figure of it, the standard definition otherwise; each point names its definition";

        // Each observed year of a window with the definition it counts and the claim's source.
        private static JArray Points(System.Collections.Immutable.ImmutableArray<SeriesPoint> points) => new JArray(points.Select(p => new JObject(
            new JProperty("year", p.Period.Start.Year),
            new JProperty("value", Number(p.Value)),
            new JProperty("definition", p.Claim?.Definition ?? "standard"),
            new JProperty("source", p.Claim?.SourceId))));

        private static JToken Number(decimal? value) => value is { } v ? new JValue(decimal.Round(v, 6)) : JValue.CreateNull();

        private static JToken Number(double? value) => value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? new JValue(v) : JValue.CreateNull();
    }
}
