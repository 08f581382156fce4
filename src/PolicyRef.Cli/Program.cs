using System;
using System.CommandLine;
using System.IO;
using System.Text;
using PolicyRef.Cli.Commands;

namespace PolicyRef.Cli
{
    /// <summary>The policyref command.</summary>
    public static class Program
    {
        private const long NoCollectionBudget = 64L * 1024 * 1024;

        /// <summary>Runs the command.</summary>
        /// <param name="args">The command line.</param>
        /// <returns>The exit code: 0 ok, 1 unknown id, 2 bad usage, 3 invalid data, 4 a file could not be read or written.</returns>
        public static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);

            // One command per process: decoding the embedded set allocates about 14 MB that all stays alive, so every
            // collection during it only copies what was just decoded (a quarter of the first answer's time,
            // docs/performance.md). No collection runs until the process has allocated this much; past it, the collector
            // simply resumes as usual. Only here, never in Run, which a host process (the tests) may call.
            try
            {
                GC.TryStartNoGCRegion(NoCollectionBudget);
            }
            catch (ArgumentOutOfRangeException)
            {
                // More than a collector with small segments (a 32-bit process) can set aside: it collects as usual.
            }

            return Run(args, Console.Out, Console.Error);
        }

        /// <summary>Runs the command with the given output streams.</summary>
        /// <param name="args">The command line.</param>
        /// <param name="output">Where data goes.</param>
        /// <param name="error">Where messages go.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            // Nothing printed may drive the terminal, whatever it came from (see VisibleTextWriter).
            using var visibleOutput = new VisibleTextWriter(output ?? throw new ArgumentNullException(nameof(output)));
            using var visibleError = new VisibleTextWriter(error ?? throw new ArgumentNullException(nameof(error)));
            output = visibleOutput;
            error = visibleError;
            var context = new CliContext(output, error, NodaTime.SystemClock.Instance);
            // A command named policyref rather than a RootCommand, whose name is the executable's (PolicyRef.Cli when
            // installed as a tool): help and errors name the command people type.
            var root = new Command("policyref", "PolicyRef: a comparative prison-policy reference, every figure with its source")
            {
                new System.CommandLine.Help.HelpOption(),
                new VersionOption(),
                CompareCommand.Create(context),
                RankCommand.Create(context),
                SeriesCommand.Create(context),
                ImpactCommand.Create(context),
                ConflictsCommand.Create(context),
                AssessCommand.Create(context),
                ShowCommand.Create(context),
                SearchCommand.Create(context),
                SourcesCommand.Create(context),
                CiteCommand.Create(context),
                ChartCommand.Create(context),
                CoverageCommand.Create(context),
                ExportCommand.Create(context),
                EstimateCommand.Create(context),
                ValidateCommand.Create(context),
                VersionCommand.Create(context),
            };
            root.Options.Add(context.DataOption);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var problem in parse.Errors)
                {
                    error.WriteLine("policyref: " + problem.Message);
                }

                error.WriteLine("usage: policyref <command> [options]; see policyref --help");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }
    }
}
