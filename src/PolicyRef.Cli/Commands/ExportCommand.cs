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
            var format = new Option<string>("--format", "-f") { Description = "csv (the stable export contract), json (the data layout, loadable again), bibtex or csl-json (every source)", Required = true };
            format.AcceptOnlyFromAmong("csv", "json", "bibtex", "csl-json");
            var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The directory to write into", Required = true };
            var command = new Command("export", "Write the whole data set as CSV files or as JSON data files") { format, output };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var directory = parse.GetValue(output)!.FullName;
                switch (parse.GetValue(format))
                {
                    case "csv":
                        CsvExport.Write(reference, directory);
                        break;
                    case "json":
                        JsonExport.Write(reference, directory);
                        break;
                    case "bibtex":
                        Citations.WriteBibTex(reference, directory);
                        break;
                    default:
                        Citations.WriteCslJson(reference, directory);
                        break;
                }

                context.Error.WriteLine($"policyref: wrote data {reference.DataVersion} as {parse.GetValue(format)} to {directory}");
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
