using System.CommandLine;
using PolicyRef.Queries;
using PolicyRef.Queries.Synthetic;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref impact POLICY METRIC</c>: before and after a policy's start against a comparison group, or a synthetic control.</summary>
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
            var format = CommonOptions.Format();
            var command = new Command("impact", "Before and after a policy's start, against a comparison group, with the difference-in-differences and its limits; or a synthetic control") { policy, metric, before, after, group, method, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var chosen = ids.Policy(parse.GetValue(policy)!);
                var definition = ids.Metric(parse.GetValue(metric)!, PolicyRef.Model.SubjectKind.Country);
                var countries = ids.Countries(parse.GetValue(group));
                if (parse.GetValue(method) == "synthetic")
                {
                    var estimate = reference.SyntheticControl(chosen, definition.Id, SyntheticOptions(Windows.Read(parse, before, after, Windows.SyntheticControl), countries));
                    context.Write(parse, format, estimate, () => ResultTables.Of(estimate));
                    return estimate.IsEstimated ? ExitCodes.Ok : ExitCodes.UnknownId;
                }

                var windows = Windows.Read(parse, before, after, Windows.DifferenceInDifferences);
                var options = ImpactOptions.Years(windows.Before, windows.After);
                if (countries.Length > 0)
                {
                    options = options.WithComparisonGroup(countries);
                }

                var impact = reference.Impact(chosen, definition.Id, options);
                context.Write(parse, format, impact, () => ResultTables.Of(impact));
                return ExitCodes.Ok;
            }));
            return command;
        }

        /// <summary>The options of a synthetic control, shared by <c>impact --method synthetic</c> and <c>chart impact</c>.</summary>
        public static SyntheticControlOptions SyntheticOptions(Windows windows, string[] donors)
        {
            var options = SyntheticControlOptions.Years(windows.Before, windows.After);
            return donors.Length > 0 ? options.WithDonors(donors) : options;
        }
    }
}
