using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PolicyRef.DataImport
{
    /// <summary>
    /// The <c>--name value</c> pairs of a command line, for the importer's commands: every option takes one value, and
    /// <c>-h</c>/<c>--help</c> asks for the usage. One parser, so the commands cannot drift apart in what they accept.
    /// </summary>
    internal sealed class OptionArguments
    {
        private readonly ImmutableDictionary<string, string> values;

        private OptionArguments(ImmutableDictionary<string, string> values, bool help, string? problem)
        {
            this.values = values;
            Help = help;
            Problem = problem;
        }

        /// <summary>Whether help was asked for.</summary>
        public bool Help { get; }

        /// <summary>What was wrong with the command line (an unknown option, or one without its value), or null.</summary>
        public string? Problem { get; }

        /// <summary>Reads <paramref name="args"/> from <paramref name="start"/>, accepting only the options in <paramref name="names"/>.</summary>
        public static OptionArguments Parse(IReadOnlyList<string> args, int start, params string[] names)
        {
            var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            for (var i = start; i < args.Count; i++)
            {
                if (args[i] is "-h" or "--help")
                {
                    return new OptionArguments(values.ToImmutable(), true, null);
                }

                if (Array.IndexOf(names, args[i]) < 0 || i + 1 >= args.Count)
                {
                    return new OptionArguments(values.ToImmutable(), false, $"unknown or incomplete argument '{args[i]}'");
                }

                values[args[i]] = args[++i];
            }

            return new OptionArguments(values.ToImmutable(), false, null);
        }

        /// <summary>The value given for <paramref name="name"/>, or null.</summary>
        public string? this[string name] => values.TryGetValue(name, out var value) ? value : null;

        /// <summary>
        /// Prints the usage when help was asked for (exit code 0) or the problem and the usage when there was one (2);
        /// null when the command should go on.
        /// </summary>
        public int? Answer(string usage)
        {
            if (Help)
            {
                Console.WriteLine(usage);
                return 0;
            }

            if (Problem is not null)
            {
                Console.Error.WriteLine($"{Problem}\n{usage}");
                return 2;
            }

            return null;
        }
    }
}
