using System.CommandLine;
using System.IO;
using PolicyRef.Export;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref export --format csv|parquet|json|bibtex|csl-json --out DIR</c>: the whole data set for other tools.</summary>
    internal static class ExportCommand
    {
        public static Command Create(CliContext context)
        {
            var format = new Option<string>("--format", "-f") { Description = "csv or parquet (the stable export contract, with datapackage.json), json (the data layout, loadable again), bibtex or csl-json (every source)", Required = true };
            format.AcceptOnlyFromAmong("csv", "parquet", "json", "bibtex", "csl-json");
            var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The directory to write into", Required = true };
            var command = new Command("export", "Write the whole data set as CSV or Parquet tables, as JSON data files, or its bibliography") { format, output };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var directory = parse.GetValue(output)!.FullName;
                switch (parse.GetValue(format))
                {
                    case "csv":
                        CsvExport.Write(reference, directory);
                        break;
                    case "parquet":
                        PolicyRef.Export.Parquet.ParquetExport.Write(reference, directory);
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
