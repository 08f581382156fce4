using System.CommandLine;
using System.Reflection;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref version</c>: the tool's and the data's versions.</summary>
    internal static class VersionCommand
    {
        public static Command Create(CliContext context)
        {
            var command = new Command("version", "Print the tool version and the data version");
            command.SetAction(parse => context.Run(() =>
            {
                var tool = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
                var reference = context.Reference(parse);
                context.Output.WriteLine($"policyref {tool}");
                context.Output.WriteLine($"data {reference.DataVersion}: {reference.Countries.Length} countries, {reference.Facilities.Length} facilities, {reference.Policies.Length} policies, {reference.Sources.Length} sources");
                // Recomputed from the data files' bytes, not the hash stored in the snapshot; an altered file fails here.
                context.Output.WriteLine($"data sha256 {reference.VerifyDataHash()} (computed from the data files)");
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
