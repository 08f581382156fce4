using System.CommandLine;
using PolicyRef.Export;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref show ID</c>: a country, facility, policy or source in full.</summary>
    internal static class ShowCommand
    {
        public static Command Create(CliContext context)
        {
            var id = new Argument<string>("id") { Description = "A country code, facility id, policy id or source id" };
            var format = CommonOptions.Format();
            var command = new Command("show", "Show a country, facility, policy or source in full, every claim with its source") { id, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var wanted = parse.GetValue(id)!;
                if (reference.TryGetSource(wanted, out var source))
                {
                    context.Output.Write(Citations.ToText(new[] { source }));
                    return ExitCodes.Ok;
                }

                var subject = new IdResolver(reference).Subject(wanted, orSource: true);
                context.Write(parse, format, SubjectDescription.Describe(reference, subject), () => ResultTables.Of(reference, subject));
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
