using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using PolicyRef.Data;

namespace PolicyRef.Cli
{
    /// <summary>What every command shares: the output streams, the data set chosen by <c>--data</c>, and how errors become exit codes.</summary>
    internal sealed class CliContext
    {
        public CliContext(TextWriter output, TextWriter error)
        {
            Output = output;
            Error = error;
        }

        public TextWriter Output { get; }

        public TextWriter Error { get; }

        /// <summary>The global option naming a directory to load over the embedded data set.</summary>
        public Option<DirectoryInfo?> DataOption { get; } = CommonOptions.Data();

        /// <summary>Writes a result as text, or as rows in the format asked for.</summary>
        public void Write(ParseResult parse, Option<string> format, object result, Func<Tabular> rows)
        {
            var chosen = parse.GetValue(format) ?? "text";
            if (chosen == "text")
            {
                Output.Write(result.ToString());
            }
            else
            {
                rows().Write(Output, chosen);
            }
        }

        public PolicyReference Reference(ParseResult parse)
        {
            var directory = parse.GetValue(DataOption);
            return directory is null ? PolicyReference.Default : PolicyReference.LoadDirectory(directory.FullName, PolicyReference.Default);
        }

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
