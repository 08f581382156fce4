using System.Collections.Immutable;
using System.CommandLine;
using PolicyRef.Export;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref cite ID</c>: the sources behind an entity (or one source) as text, BibTeX or CSL-JSON.</summary>
    internal static class CiteCommand
    {
        public static Command Create(CliContext context)
        {
            var id = new Argument<string>("id") { Description = "A country code, facility id, policy id or source id" };
            var format = new Option<string>("--format") { Description = "text, bibtex or csl-json", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "bibtex", "csl-json");
            var command = new Command("cite", "Cite the sources behind an entity (or one source)") { id, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var wanted = parse.GetValue(id)!;
                var sources = reference.TryGetSource(wanted, out var one)
                    ? ImmutableArray.Create(one)
                    : Citations.SourcesOf(reference, new PolicyRef.Cli.IdResolver(reference).Subject(wanted, orSource: true));
                context.Output.Write(parse.GetValue(format) switch
                {
                    "bibtex" => Citations.ToBibTex(sources),
                    "csl-json" => Citations.ToCslJson(sources),
                    _ => Citations.ToText(sources),
                });
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
