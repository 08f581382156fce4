using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using NodaTime;
using PolicyRef.Data;

namespace PolicyRef.Cli
{
    /// <summary>What every command shares: the output streams, the clock, the data set chosen by <c>--data</c>, and how errors become exit codes.</summary>
    internal sealed class CliContext
    {
        public CliContext(TextWriter output, TextWriter error, IClock clock)
        {
            Output = output;
            Error = error;
            Clock = clock;
        }

        public TextWriter Output { get; }

        public TextWriter Error { get; }

        /// <summary>The one clock the commands read "today" from: the default as-of date, and the loader's date rules for <c>--data</c>.</summary>
        public IClock Clock { get; }

        /// <summary>The date given, or today by <see cref="Clock"/> when none is.</summary>
        public LocalDate DateOrToday(string? text) => CommandArguments.OptionalDate(text) ?? PolicyReference.Today(Clock);

        /// <summary>The global option naming a directory to load over the embedded data set.</summary>
        public Option<DirectoryInfo?> DataOption { get; } = CommonOptions.Data();

        /// <summary>Writes a result as text (its tables fitted to 100 columns unless <c>--wide</c> is given), or as rows in the format asked for.</summary>
        public void Write(ParseResult parse, Option<string> format, object result, Func<Tabular> rows, Option<bool>? wide = null)
        {
            var chosen = parse.GetValue(format) ?? "text";
            if (chosen == "text")
            {
                var width = wide is not null && parse.GetValue(wide) ? int.MaxValue : PolicyRef.Internal.TextTable.TerminalWidth;
                Output.Write(result switch
                {
                    PolicyRef.Queries.FacilityComparison comparison => comparison.ToText(width),
                    PolicyRef.Queries.ConflictReport report => report.ToText(width),
                    PolicyRef.Standards.StandardsAssessment assessment => assessment.ToText(width),
                    _ => result.ToString(),
                });
            }
            else
            {
                rows().Write(Output, chosen);
            }
        }

        public PolicyReference Reference(ParseResult parse)
        {
            var directory = parse.GetValue(DataOption);
            return directory is null ? PolicyReference.Default : PolicyReference.LoadDirectory(ExistingDirectory(directory), PolicyReference.Default, Clock);
        }

        /// <summary>A data directory's full path; one that is not there is an I/O failure (exit 4), not a data problem.</summary>
        public static string ExistingDirectory(DirectoryInfo directory) =>
            directory.Exists ? directory.FullName : throw new DirectoryNotFoundException($"The data directory {directory.FullName} does not exist.");

        /// <summary>Runs a command body, turning the errors a user can cause into one-line messages and exit codes, never a stack trace.</summary>
        public int Run(Func<int> body)
        {
            try
            {
                return body();
            }
            catch (KeyNotFoundException e)
            {
                return Fail(e.Message, ExitCodes.UnknownId);
            }
            catch (PolicyDataException e)
            {
                Error.WriteLine($"policyref: the data has {e.Problems.Length} problem(s) and was not loaded:");
                foreach (var problem in e.Problems)
                {
                    Error.WriteLine(problem.ToString());
                }

                return ExitCodes.InvalidData;
            }
            catch (ArgumentException e)
            {
                return Fail(WithoutParameter(e), ExitCodes.Usage);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                return Fail(e.Message, ExitCodes.InputOutput);
            }
        }

        private int Fail(string message, int code)
        {
            Error.WriteLine("policyref: " + message);
            return code;
        }

        // ArgumentException appends " (Parameter 'x')", which names code, not anything the user typed.
        private static string WithoutParameter(ArgumentException e) => e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
    }
}
