using System.CommandLine;

namespace PolicyRef.Cli
{
    /// <summary>The before and after windows of a policy's estimate, with each method's one default.</summary>
    internal readonly record struct Windows(int Before, int After)
    {
        /// <summary>Before and after a policy against a comparison group: three years either side, two after.</summary>
        public static Windows DifferenceInDifferences { get; } = new Windows(3, 2);

        /// <summary>A synthetic control: seven pre-period years to fit on, one year after.</summary>
        public static Windows SyntheticControl { get; } = new Windows(7, 1);

        /// <summary>The windows given on the command line, each one missing taken from the method's default.</summary>
        public static Windows Read(ParseResult parse, Option<int?> before, Option<int?> after, Windows defaults) =>
            new Windows(
                CommandArguments.InRange(parse.GetValue(before) ?? defaults.Before, "--before", 1, CommandArguments.MaximumYears),
                CommandArguments.InRange(parse.GetValue(after) ?? defaults.After, "--after", 1, CommandArguments.MaximumYears));
    }
}
