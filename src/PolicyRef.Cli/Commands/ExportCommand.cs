using System.CommandLine;
using System.IO;
using PolicyRef.Export;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref export --format csv|json --out DIR</c>: the whole data set for other tools.</summary>
    internal static class ExportCommand
    {
        public static Command Create(CliContext context)
        {
            var format = new Option<string>("--format", "-f") { Description = "csv (the stable export contract) or json (the data layout, loadable again)", Required = true };
            format.AcceptOnlyFromAmong("csv", "json");
            var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The directory to write into", Required = true };
            var command = new Command("export", "Write the whole data set as CSV files or as JSON data files") { format, output };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var directory = parse.GetValue(output)!.FullName;
                if (parse.GetValue(format) == "csv")
                {
                    CsvExport.Write(reference, directory);
                }
                else
                {
                    JsonExport.Write(reference, directory);
                }

                context.Error.WriteLine($"policyref: wrote data {reference.DataVersion} as {parse.GetValue(format)} to {directory}");
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
