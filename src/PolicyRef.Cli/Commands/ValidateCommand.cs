using System.CommandLine;
using System.IO;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref validate DIR</c>: checks a data directory and lists every problem.</summary>
    internal static class ValidateCommand
    {
        public static Command Create(CliContext context)
        {
            var directory = new Argument<DirectoryInfo>("directory") { Description = "A directory laid out like data/" };
            var alone = new Option<bool>("--alone") { Description = "Validate the directory on its own instead of over the embedded data set" };
            var command = new Command("validate", "Check a data directory; prints every problem as file:line:col: path: message") { directory, alone };
            command.SetAction(parse => context.Run(() =>
            {
                var path = CliContext.ExistingDirectory(parse.GetValue(directory)!);
                var loaded = parse.GetValue(alone) ? PolicyReference.LoadDirectory(path) : PolicyReference.LoadDirectory(path, PolicyReference.Default);
                context.Output.WriteLine($"ok: {loaded}");
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
