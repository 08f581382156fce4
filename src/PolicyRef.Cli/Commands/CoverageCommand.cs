using System.CommandLine;
using System.IO;
using System.Text;
using PolicyRef.Export;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref coverage [--out FILE]</c>: the generated coverage report.</summary>
    internal static class CoverageCommand
    {
        public static Command Create(CliContext context)
        {
            var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the Markdown report to this file instead of standard output" };
            var command = new Command("coverage", "Report what the data covers: per country and metric, per facility, per policy") { output };
            command.SetAction(parse => context.Run(() =>
            {
                var report = CoverageReport.ToMarkdown(context.Reference(parse));
                if (parse.GetValue(output) is { } file)
                {
                    File.WriteAllText(file.FullName, report, new UTF8Encoding(false));
                    context.Error.WriteLine("policyref: wrote " + file.FullName);
                }
                else
                {
                    context.Output.Write(report);
                }

                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
