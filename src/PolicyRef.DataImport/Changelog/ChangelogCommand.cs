using System;
using System.IO;
using System.Text;

namespace PolicyRef.DataImport.Changelog
{
    /// <summary>
    /// <c>changelog --from OLD_DATA --to NEW_DATA [--out FILE | --into CHANGELOG]</c>: the preferred figures that changed
    /// between two data directories, with the reason for each, as the Markdown list of a data changelog entry.
    /// </summary>
    internal static class ChangelogCommand
    {
        public const string Usage = "usage: PolicyRef.DataImport changelog --from DIR --to DIR [--out FILE | --into FILE]\n"
            + "  --from  the data directory before the change (e.g. main's data/, from git archive)\n"
            + "  --to    the data directory after it (e.g. data)\n"
            + "  --out   write the list to FILE (default: standard output)\n"
            + "  --into  replace the generated list of the first entry of a changelog (data/CHANGELOG.md)";

        public static int Run(string[] args)
        {
            var options = OptionArguments.Parse(args, 1, "--from", "--to", "--out", "--into");
            if (options.Answer(Usage) is { } exit)
            {
                return exit;
            }

            var from = options["--from"];
            var to = options["--to"];
            var output = options["--out"];
            var into = options["--into"];
            if (from is null || to is null || (output is not null && into is not null))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            try
            {
                var changes = PreferredFigureDiff.Compare(TargetData.Load(Path.GetFullPath(from)).Set, TargetData.Load(Path.GetFullPath(to)).Set);
                var list = ChangelogWriter.Format(changes);
                var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
                if (into is not null)
                {
                    File.WriteAllText(into, ChangelogWriter.Replace(File.ReadAllText(into), list, into), utf8);
                    Console.WriteLine($"{into}: {changes.Count} preferred figures that changed");
                }
                else if (output is not null)
                {
                    File.WriteAllText(output, list, utf8);
                }
                else
                {
                    Console.Write(list);
                }

                return 0;
            }
            catch (ImportException e)
            {
                Console.Error.WriteLine("changelog failed: " + e.Message);
                return 1;
            }
        }
    }
}
