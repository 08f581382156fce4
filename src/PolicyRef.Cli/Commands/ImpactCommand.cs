using System.CommandLine;
using PolicyRef.Queries;
using PolicyRef.Queries.Synthetic;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref impact POLICY METRIC</c>: a difference-in-differences around a policy's start against a comparison group, with its diagnostics; or a synthetic control.</summary>
    internal static class ImpactCommand
    {
        public static Command Create(CliContext context)
        {
            var policy = new Argument<string>("policy") { Description = "A policy id, such as slv-state-of-exception-2022" };
            var metric = new Argument<string>("metric") { Description = "A numeric country metric, such as homicide-rate" };
            var before = CommonOptions.Before();
            var after = CommonOptions.After();
            var group = CommonOptions.Versus();
            var method = new Option<string>("--method") { Description = "did (before/after against a comparison group) or synthetic (synthetic control with placebos, --vs as the donor pool)", DefaultValueFactory = _ => "did" };
            method.AcceptOnlyFromAmong("did", "synthetic");
            var partial = new Option<bool>("--partial-windows") { Description = "did: let comparison countries missing a window year into the mean with the years they have" };
            var poorFit = new Option<decimal>("--poor-fit-mspe") { Description = "synthetic: leave out of the rank placebos whose pre-period MSPE exceeds this multiple of the treated country's (ADH 2010 show 20, 5, 2)", DefaultValueFactory = _ => 5m };
            var variant = CommonOptions.Definition();
            variant.Description = "A variant of the metric to use in the years that have a figure of it, the standard definition in the others; every window point says which it counts, and mixed definitions add a limitation";
            var format = CommonOptions.Format();
            var command = new Command("impact", "Difference-in-differences around a policy's start against a comparison group, with event study, pre-trend, placebos and limits; or a synthetic control") { policy, metric, before, after, group, method, partial, poorFit, variant, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var chosen = ids.Policy(parse.GetValue(policy)!);
                var definition = ids.Metric(parse.GetValue(metric)!, PolicyRef.Model.SubjectKind.Country);
                var countries = ids.Countries(parse.GetValue(group));
                if (parse.GetValue(method) == "synthetic")
                {
                    var cutoff = parse.GetValue(poorFit);
                    if (cutoff <= 0)
                    {
                        throw new System.ArgumentException("--poor-fit-mspe must be greater than 0.");
                    }

                    var options = SyntheticOptions(Windows.Read(parse, before, after, Windows.SyntheticControl), countries).WithPoorFitThreshold(cutoff).WithDefinition(parse.GetValue(variant));
                    var estimate = reference.SyntheticControl(chosen, definition.Id, options);
                    ImpactOutput.Write(context, parse, format, estimate);
                    return estimate.IsEstimated ? ExitCodes.Ok : ExitCodes.UnknownId;
                }

                var windows = Windows.Read(parse, before, after, Windows.DifferenceInDifferences);
                var impactOptions = ImpactOptions.Years(windows.Before, windows.After).WithDefinition(parse.GetValue(variant));
                if (countries.Length > 0)
                {
                    impactOptions = impactOptions.WithComparisonGroup(countries);
                }

                if (parse.GetValue(partial))
                {
                    impactOptions = impactOptions.WithPartialWindows();
                }

                ImpactOutput.Write(context, parse, format, reference.Impact(chosen, definition.Id, impactOptions));
                return ExitCodes.Ok;
            }));
            return command;
        }

        /// <summary>The options of a synthetic control, shared by <c>impact --method synthetic</c> and <c>chart impact</c>.</summary>
        public static SyntheticControlOptions SyntheticOptions(Windows windows, string[] donors)
        {
            if (windows.Before < SyntheticControlOptions.MinimumPreYears)
            {
                throw new System.ArgumentException($"a synthetic control needs --before of at least {SyntheticControlOptions.MinimumPreYears}.");
            }

            var options = SyntheticControlOptions.Years(windows.Before, windows.After);
            return donors.Length > 0 ? options.WithDonors(donors) : options;
        }
    }
}
