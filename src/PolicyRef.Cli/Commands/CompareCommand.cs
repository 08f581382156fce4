using System.CommandLine;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref compare &lt;facility-id&gt;...</c>: facilities side by side, with sources and disagreements.</summary>
    internal static class CompareCommand
    {
        public static Command Create(CliContext context)
        {
            var ids = new Argument<string[]>("facility-id") { Description = "Facility ids, such as cecot adx-florence halden", Arity = ArgumentArity.OneOrMore };
            var metrics = new Option<string[]>("--metric", "-m") { Description = "Show only these metrics (repeat the option); default: every metric any of them has" };
            var definition = QueryCommands.DefinitionOption();
            var format = CliContext.FormatOption();
            var command = new Command("compare", "Compare facilities side by side: a row per metric, each figure with its source; * marks where sources disagree, + where parts (a module, a corps) are listed below") { ids, metrics, definition, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var chosen = parse.GetValue(metrics);
                var variant = parse.GetValue(definition);
                if (variant is not null && chosen is not { Length: 1 })
                {
                    throw new System.ArgumentException("--definition names a variant of one metric; give that metric with --metric.");
                }

                var comparison = variant is null
                    ? reference.CompareFacilities(parse.GetValue(ids)!, chosen is { Length: > 0 } ? chosen.Select(m => reference.GetMetric(CommandArguments.Metric(m)).Id) : null)
                    : reference.CompareFacilitiesByVariant(parse.GetValue(ids)!, reference.GetMetric(CommandArguments.Metric(chosen![0])).Id, variant);
                context.Write(parse, format, comparison, () => ResultTables.Of(comparison));
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
