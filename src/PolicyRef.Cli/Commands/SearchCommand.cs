using System.CommandLine;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref search TEXT</c>: ids by name, alias or local name, ignoring case and accents.</summary>
    internal static class SearchCommand
    {
        public static Command Create(CliContext context)
        {
            var text = new Argument<string>("text") { Description = "Part of a name, alias or local name; case and accents are ignored" };
            var command = new Command("search", "Find ids by name, alias or local name") { text };
            command.SetAction(parse => context.Run(() =>
            {
                var hits = context.Reference(parse).Search(parse.GetValue(text)!);
                foreach (var hit in hits)
                {
                    context.Output.WriteLine($"{hit.Subject.Kind.ToString().ToLowerInvariant(),-9} {hit.Subject.Id,-40} {hit.MatchedName}");
                }

                if (hits.IsEmpty)
                {
                    context.Error.WriteLine("policyref: nothing found");
                    return ExitCodes.UnknownId;
                }

                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
