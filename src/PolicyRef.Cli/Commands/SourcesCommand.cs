using System.CommandLine;
using System.Linq;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref sources [--kind KIND]</c>: every source with its id, kind, publisher and title.</summary>
    internal static class SourcesCommand
    {
        public static Command Create(CliContext context)
        {
            var kind = new Option<string?>("--kind") { Description = "Only sources of this kind (" + SourceKinds.Names + ")" };
            var command = new Command("sources", "List every source: id, kind, publisher, title") { kind };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var wanted = parse.GetValue(kind) is { } k ? SourceKinds.Parse(k) : (PolicyRef.Model.SourceKind?)null;
                foreach (var s in reference.Sources.Where(s => wanted is null || s.Kind == wanted))
                {
                    context.Output.WriteLine($"{s.Id}\t{s.Kind}\t{s.Publisher}\t{s.Title}");
                }

                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
