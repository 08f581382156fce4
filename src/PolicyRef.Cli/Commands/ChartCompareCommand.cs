using System;
using System.CommandLine;
using System.Linq;
using PolicyRef.Charts;
using PolicyRef.Model;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref chart compare FACILITY… --metric METRIC</c>: one facility metric as bars side by side.</summary>
    internal static class ChartCompareCommand
    {
        public static Command Create(CliContext context)
        {
            var facilities = new Argument<string[]>("facility-id") { Description = "Facility ids", Arity = ArgumentArity.OneOrMore };
            var metric = new Option<string>("--metric", "-m") { Description = "A numeric facility metric, such as design-capacity", DefaultValueFactory = _ => "design-capacity" };
            var output = CommonOptions.ChartFile();
            var command = new Command("compare", "Bars of one facility metric side by side") { facilities, metric, output };
            command.SetAction(parse => context.Run(() =>
            {
                var path = ChartCommand.OutputPath(parse, output);
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var definition = Numeric(ids.Metric(parse.GetValue(metric)!, SubjectKind.Facility));
                var comparison = reference.CompareFacilities(parse.GetValue(facilities)!.Select(f => ids.Facility(f).Id), new[] { definition.Id });
                ChartRenderer.Compare(reference, comparison.Rows.Single(), path);
                context.Error.WriteLine("policyref: wrote " + path);
                return ExitCodes.Ok;
            }));
            return command;
        }

        /// <summary>A metric a chart can draw: numbers, not dates or categories.</summary>
        public static MetricDefinition Numeric(MetricDefinition metric) =>
            metric.Unit.IsNumeric ? metric : throw new ArgumentException($"Metric '{metric.Id}' is measured in '{metric.Unit}', which cannot be drawn as bars or lines; chart a numeric metric.");
    }
}
