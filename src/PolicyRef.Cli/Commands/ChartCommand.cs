using System.CommandLine;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref chart series|rank|compare|impact … --out FILE.svg|.png</c>: a query's answer drawn.</summary>
    internal static class ChartCommand
    {
        public static Command Create(CliContext context)
        {
            var command = new Command("chart", "Draw an answer as an SVG or PNG chart (by the extension of --out), with units, sources and the data version");
            command.Subcommands.Add(ChartSeriesCommand.Create(context));
            command.Subcommands.Add(ChartRankCommand.Create(context));
            command.Subcommands.Add(ChartCompareCommand.Create(context));
            command.Subcommands.Add(ChartImpactCommand.Create(context));
            return command;
        }

        /// <summary>The chart file's full path, checked before any query runs: .svg or .png.</summary>
        public static string OutputPath(ParseResult parse, Option<System.IO.FileInfo> output)
        {
            var file = parse.GetValue(output)!;
            var extension = file.Extension.ToLowerInvariant();
            return extension is ".svg" or ".png"
                ? file.FullName
                : throw new System.ArgumentException($"Chart files end in .svg or .png, not '{file.Extension}'.");
        }
    }
}
