using System;
using System.IO;

namespace PolicyRef.DataImport
{
    /// <summary>
    /// <c>dotnet run --project src/PolicyRef.DataImport -- --datasets ../shared/datasets --data data [--report FILE]</c>, or
    /// <c>… -- changelog --from OLD_DATA --to data [--out FILE | --into data/CHANGELOG.md]</c> (<see cref="Changelog.ChangelogCommand"/>).
    /// </summary>
    internal static class Program
    {
        private const string Usage = "usage: PolicyRef.DataImport --datasets DIR --data DIR [--report FILE]\n"
            + "       PolicyRef.DataImport changelog --from DIR --to DIR [--out FILE | --into FILE] (changelog --help)\n"
            + "  --datasets  the bulk files (shared/datasets), each in its folder as SOURCE.md describes\n"
            + "  --data      the data directory to update (its countries/ folder is written)\n"
            + "  --report    also write the full report, every skipped row listed, to FILE";

        private static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "changelog")
            {
                return Changelog.ChangelogCommand.Run(args);
            }

            var options = OptionArguments.Parse(args, 0, "--datasets", "--data", "--report");
            if (options.Answer(Usage) is { } exit)
            {
                return exit;
            }

            var datasets = options["--datasets"];
            var data = options["--data"];
            var reportFile = options["--report"];
            if (datasets is null || data is null)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            try
            {
                var result = Importer.Run(Path.GetFullPath(datasets), Path.GetFullPath(data));
                Console.Write(Summary.Format(result, 12));
                if (reportFile is not null)
                {
                    File.WriteAllText(reportFile, Summary.Format(result, int.MaxValue).Replace("\n", Environment.NewLine, StringComparison.Ordinal));
                    Console.WriteLine($"\nFull report: {reportFile}");
                }

                return 0;
            }
            catch (ImportException e)
            {
                Console.Error.WriteLine("import failed: " + e.Message);
                return 1;
            }
        }
    }
}
