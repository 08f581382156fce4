using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Queries.Estimation;

namespace PolicyRef.Cli.Commands
{
    /// <summary>The estimate command: difference-in-differences, synthetic control or synthetic DiD on any tidy CSV panel.</summary>
    internal static class EstimateCommand
    {
        public static Command Create(CliContext context)
        {
            var panel = new Option<FileInfo>("--panel") { Description = "A tidy CSV file with a header row: one row per unit and period", Required = true };
            var unit = new Option<string>("--unit") { Description = "The header of the unit column", Required = true };
            var time = new Option<string>("--time") { Description = "The header of the period column (whole numbers, such as years)", Required = true };
            var outcome = new Option<string>("--outcome") { Description = "The header of the outcome column", Required = true };
            var treated = new Option<string>("--treated") { Description = "The treated unit, as named in the file", Required = true };
            var start = new Option<int>("--start") { Description = "The first treated period (earlier periods are the pre-period)", Required = true };
            var method = new Option<string>("--method") { Description = "did, synthetic or sdid (synthetic difference-in-differences)", DefaultValueFactory = _ => "sdid" };
            method.AcceptOnlyFromAmong("did", "synthetic", "sdid");
            var replications = new Option<int>("--replications") { Description = "Placebo draws for the standard error (0 for none)", DefaultValueFactory = _ => 200 };
            var seed = new Option<int>("--seed") { Description = "Seed of the placebo draws", DefaultValueFactory = _ => 1 };
            var predictors = new Option<string[]>("--predictor")
            {
                Description = "synthetic: a predictor COLUMN:FROM[-TO] or COLUMN:mean:FROM-TO (the outcome or a covariate column, averaged over pre-period times); repeat for several; V weights by nested optimisation",
                AllowMultipleArgumentsPerToken = false,
            };
            var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var command = new Command("estimate", "The average effect on a treated unit in any panel, by difference-in-differences, synthetic control or synthetic difference-in-differences, with placebo standard error and diagnostics")
            {
                panel, unit, time, outcome, treated, start, method, replications, seed, predictors, format,
            };
            command.SetAction(parse => context.Run(() =>
            {
                var file = parse.GetValue(panel)!;
                if (!file.Exists)
                {
                    throw new ArgumentException($"no panel file {file.FullName}.");
                }

                var chosenPredictors = (parse.GetValue(predictors) ?? Array.Empty<string>()).Select(Predictor).ToList();
                var data = Panel.ReadCsv(file.FullName, parse.GetValue(unit)!, parse.GetValue(time)!, parse.GetValue(outcome)!, chosenPredictors.Select(p => p.Column).Distinct(StringComparer.Ordinal));
                var chosen = parse.GetValue(method) switch
                {
                    "did" => PanelMethod.DifferenceInDifferences,
                    "synthetic" => PanelMethod.SyntheticControl,
                    _ => PanelMethod.SyntheticDifferenceInDifferences,
                };
                var options = PanelEstimateOptions.For(parse.GetValue(treated)!, parse.GetValue(start), chosen)
                    .WithPlaceboReplications(parse.GetValue(replications))
                    .WithSeed(parse.GetValue(seed));
                if (chosenPredictors.Count > 0)
                {
                    options = options.WithPredictors(chosenPredictors);
                }

                var estimate = PanelEstimator.Estimate(data, options);
                context.Output.Write(parse.GetValue(format) == "json" ? Json(estimate, file.Name).ToString(Newtonsoft.Json.Formatting.Indented) + "\n" : estimate.ToString());
                return ExitCodes.Ok;
            }));
            return command;
        }

        private static PanelPredictor Predictor(string text)
        {
            try
            {
                return PanelPredictor.Parse(text);
            }
            catch (FormatException e)
            {
                throw new ArgumentException("--predictor " + e.Message, e);
            }
        }

        /// <summary>The whole estimate as one JSON object, built without reflection so that the tool also runs compiled ahead of time.</summary>
        internal static JObject Json(PanelEstimate estimate, string file) => new JObject(
            new JProperty("headline", estimate.Headline()),
            new JProperty("method", MethodId(estimate.Method)),
            new JProperty("design", estimate.Design),
            new JProperty("panel", file),
            new JProperty("treated", estimate.Options.TreatedUnit),
            new JProperty("start", estimate.Options.Start),
            new JProperty("estimate", estimate.Estimate),
            new JProperty("estimate_is", "the average over the post-period of treated minus weighted controls, minus the weighted pre-period difference"),
            new JProperty("standard_error", estimate.StandardError is { } se ? new JValue(se) : JValue.CreateNull()),
            new JProperty("standard_error_method", $"placebo ({estimate.Options.PlaceboReplications} draws, seed {estimate.Options.Seed})"),
            new JProperty("status", StatusId(estimate.Status)),
            new JProperty("unit_weights", new JArray(estimate.UnitWeights.Select(w => new JObject(new JProperty("unit", w.Unit), new JProperty("weight", w.Weight))))),
            new JProperty("predictor_weights", new JArray(estimate.PredictorWeights.Select(w => new JObject(new JProperty("predictor", w.Predictor), new JProperty("v_weight", w.Weight))))),
            new JProperty("predictor_balance", new JArray(estimate.PredictorBalance.Select(b => new JObject(new JProperty("predictor", b.Predictor), new JProperty("treated", b.Treated), new JProperty("synthetic", b.Synthetic), new JProperty("donor_mean", b.DonorMean))))),
            new JProperty("time_weights", new JArray(estimate.TimeWeights.Select(w => new JObject(new JProperty("time", w.Time), new JProperty("weight", w.Weight))))),
            new JProperty("event_study", new JArray(estimate.Periods.Select(p => new JObject(
                new JProperty("time", p.Time), new JProperty("window", p.IsPost ? "post" : "pre"), new JProperty("treated", p.Treated), new JProperty("control", p.Control), new JProperty("gap", p.Gap))))),
            new JProperty("diagnostics", new JObject(
                new JProperty("pre_fit_rmse", estimate.PreFitRmse),
                new JProperty("pre_trend_slope", estimate.PreTrendSlope),
                new JProperty("pre_trend_slope_standard_error", estimate.PreTrendSlopeStandardError is { } s ? new JValue(s) : JValue.CreateNull()),
                new JProperty("noise_level", estimate.NoiseLevel),
                new JProperty("placebos_in_time", new JArray(estimate.PlacebosInTime.Select(p => new JObject(new JProperty("start", p.Start), new JProperty("estimate", p.Estimate))))))),
            new JProperty("warnings", new JArray(estimate.Warnings)),
            new JProperty("limitations", new JArray(estimate.Limitations)));

        internal static string StatusId(EstimateStatus status) => status switch
        {
            EstimateStatus.Estimated => "estimated",
            EstimateStatus.NotInformative => "not-informative",
            _ => "refused",
        };

        private static string MethodId(PanelMethod method) => method switch
        {
            PanelMethod.DifferenceInDifferences => "did",
            PanelMethod.SyntheticControl => "synthetic",
            _ => "sdid",
        };
    }
}
