using System.CommandLine;
using PolicyRef.Charts;
using PolicyRef.Model;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref chart impact POLICY METRIC</c>: a synthetic control and its placebo gaps.</summary>
    internal static class ChartImpactCommand
    {
        public static Command Create(CliContext context)
        {
            var policy = new Argument<string>("policy") { Description = "A policy id" };
            var metric = new Argument<string>("metric") { Description = "A numeric country metric" };
            var before = CommonOptions.Before();
            var after = CommonOptions.After();
            var donors = CommonOptions.Versus();
            var output = CommonOptions.ChartFile();
            var command = new Command("impact", "A synthetic control: the country and its synthetic control, and the placebo gaps in grey") { policy, metric, before, after, donors, output };
            command.SetAction(parse => context.Run(() =>
            {
                var path = ChartCommand.OutputPath(parse, output);
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var chosen = ids.Policy(parse.GetValue(policy)!);
                var definition = ChartCompareCommand.Numeric(ids.Metric(parse.GetValue(metric)!, SubjectKind.Country));
                var options = ImpactCommand.SyntheticOptions(Windows.Read(parse, before, after, Windows.SyntheticControl), ids.Countries(parse.GetValue(donors)));
                var estimate = reference.SyntheticControl(chosen, definition.Id, options);
                if (!estimate.IsEstimated)
                {
                    context.Error.WriteLine("policyref: no estimate: " + estimate.Refusal);
                    return ExitCodes.UnknownId;
                }

                ChartRenderer.SyntheticControl(reference, estimate, path);
                context.Error.WriteLine("policyref: wrote " + path);
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
