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
            var variant = CommonOptions.Definition();
            var format = CommonOptions.Format();
            var wide = CommonOptions.Wide();
            var command = new Command("compare", "Compare facilities side by side: a row per metric, each figure with its source; * marks where sources disagree, + where parts (a module, a corps) are listed below") { facilities, metrics, variant, format, wide };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var chosen = parse.GetValue(metrics);
                var named = parse.GetValue(variant);
                if (named is not null && chosen is not { Length: 1 })
                {
                    throw new System.ArgumentException("--definition names a variant of one metric; give that metric with --metric.");
                }

                var facilityIds = parse.GetValue(facilities)!.Select(f => ids.Facility(f).Id);
                var comparison = named is null
                    ? reference.CompareFacilities(facilityIds, chosen is { Length: > 0 } ? chosen.Select(m => ids.Metric(m, PolicyRef.Model.SubjectKind.Facility).Id) : null)
                    : reference.CompareFacilitiesByVariant(facilityIds, ids.Metric(chosen![0], PolicyRef.Model.SubjectKind.Facility).Id, named);
                context.Write(parse, format, comparison, () => ResultTables.Of(comparison), wide);
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
