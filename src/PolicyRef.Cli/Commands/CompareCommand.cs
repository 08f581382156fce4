using System.CommandLine;
using System.Linq;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref compare &lt;facility-id&gt;...</c>: facilities side by side, with sources and disagreements.</summary>
    internal static class CompareCommand
    {
        public static Command Create(CliContext context)
        {
            var facilities = new Argument<string[]>("facility-id") { Description = "Facility ids, such as cecot adx-florence halden", Arity = ArgumentArity.OneOrMore };
            var metrics = new Option<string[]>("--metric", "-m") { Description = "Show only these metrics (repeat the option); default: every metric any of them has" };
            var format = CommonOptions.Format();
            var command = new Command("compare", "Compare facilities side by side: a row per metric, each figure with its source; * marks where sources disagree") { facilities, metrics, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var chosen = parse.GetValue(metrics);
                var comparison = reference.CompareFacilities(
                    parse.GetValue(facilities)!.Select(f => ids.Facility(f).Id),
                    chosen is { Length: > 0 } ? chosen.Select(m => ids.Metric(m, PolicyRef.Model.SubjectKind.Facility).Id) : null);
                context.Write(parse, format, comparison, () => ResultTables.Of(comparison));
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
