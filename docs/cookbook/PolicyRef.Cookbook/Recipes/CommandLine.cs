using System.IO;
using System.Linq;

namespace PolicyRef.Cookbook.Recipes
{
    /// <summary>The policyref command, run in-process so that its output here is real.</summary>
    public static class CommandLine
    {
        // <command-line>
        public static void RunTheCommandLine(TextWriter output)
        {
            // Each line is what you type after `policyref` (or `dotnet run --project src/PolicyRef.Cli --`).
            string[][] commands =
            {
                new[] { "search", "salvador" },
                new[] { "assess", "halden" },
                new[] { "rank", "prison-population-rate", "--as-of", "2024-12-31", "--region", "Central America", "--format", "csv" },
                new[] { "series", "SLV", "prison-population-total", "--format", "markdown" },
            };
            foreach (var arguments in commands)
            {
                output.WriteLine("$ policyref " + string.Join(" ", arguments.Select(a => a.Contains(' ') ? $"\"{a}\"" : a)));
                var exitCode = PolicyRef.Cli.Program.Run(arguments, output, output);
                output.WriteLine($"(exit code {exitCode})");
                output.WriteLine();
            }
        }
        // </command-line>
    }
}
