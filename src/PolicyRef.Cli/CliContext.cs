using System;
using System.CommandLine;
using System.IO;
using PolicyRef.Data;

namespace PolicyRef.Cli
{
    /// <summary>What every command shares: the output streams and the data set chosen by <c>--data</c>.</summary>
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
        public Option<DirectoryInfo?> DataOption { get; } = new Option<DirectoryInfo?>("--data")
        {
            Description = "A directory of your own data files, loaded over the embedded data set",
            Recursive = true,
        };

        /// <summary>A <c>--format</c> option for commands whose answer is a table.</summary>
        public static Option<string> FormatOption()
        {
            var option = new Option<string>("--format") { Description = "text (aligned, with footnotes), csv, json or markdown", DefaultValueFactory = _ => "text" };
            option.AcceptOnlyFromAmong("text", "csv", "json", "markdown");
            return option;
        }

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

        /// <summary>Runs a command body, turning the errors a user can cause into messages and exit codes.</summary>
        public int Run(Func<int> body)
        {
            try
            {
                return body();
            }
            catch (System.Collections.Generic.KeyNotFoundException e)
            {
                Error.WriteLine("policyref: " + e.Message);
                return ExitCodes.UnknownId;
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
                Error.WriteLine("policyref: " + e.Message);
                return ExitCodes.Usage;
            }
            catch (IOException e)
            {
                Error.WriteLine("policyref: " + e.Message);
                return ExitCodes.UnknownId;
            }
        }
    }
}
