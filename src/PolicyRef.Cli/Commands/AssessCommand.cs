using System.CommandLine;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref assess FACILITY</c>: a facility against the Nelson Mandela Rules and the living-space guidance.</summary>
    internal static class AssessCommand
    {
        public static Command Create(CliContext context)
        {
            var facility = new Argument<string>("facility-id") { Description = "A facility id, such as cecot" };
            var format = CommonOptions.Format();
            var command = new Command("assess", "A facility against the Nelson Mandela Rules and the CPT and ICRC living-space guidance: Met, NotMet or Unknown per rule") { facility, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var assessment = reference.Assess(new IdResolver(reference).Facility(parse.GetValue(facility)!));
                context.Write(parse, format, assessment, () => ResultTables.Of(assessment));
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
