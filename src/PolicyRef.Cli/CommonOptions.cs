using System.CommandLine;
using System.IO;

namespace PolicyRef.Cli
{
    /// <summary>
    /// The options several commands share, each defined here once with its one default, so that the same option reads the
    /// same way in every command (<c>impact</c> and <c>chart impact</c>, <c>rank</c> and <c>chart rank</c>).
    /// </summary>
    internal static class CommonOptions
    {
        /// <summary>How many rows a ranking shows when <c>--top</c> is not given: every row for a table, this many bars for a chart.</summary>
        public const int ChartBars = 15;

        /// <summary>The global option naming a directory to load over the embedded data set.</summary>
        public static Option<DirectoryInfo?> Data() => new Option<DirectoryInfo?>("--data")
        {
            Description = "A directory of your own data files, loaded over the embedded data set",
            Recursive = true,
        };

        /// <summary>A <c>--format</c> option for commands whose answer is a table.</summary>
        public static Option<string> Format()
        {
            var option = new Option<string>("--format") { Description = "text (aligned, with footnotes), csv, json or markdown", DefaultValueFactory = _ => "text" };
            option.AcceptOnlyFromAmong("text", "csv", "json", "markdown");
            return option;
        }

        /// <summary><c>--wide</c>: text tables on one line per row, however wide.</summary>
        public static Option<bool> Wide() => new Option<bool>("--wide") { Description = "Text tables with every column on one line, however wide (default: fit 100 columns)" };

        /// <summary><c>--as-of</c>: the day a ranking or an assessment is made for; default today.</summary>
        public static Option<string?> AsOf() => new Option<string?>("--as-of") { Description = "Only figures for periods ending on or before this date (yyyy-MM-dd); default today" };

        /// <summary><c>--from</c> and <c>--to</c>: the days a series covers.</summary>
        public static Option<string?> From() => new Option<string?>("--from") { Description = "First day (yyyy-MM-dd)" };

        /// <summary><c>--to</c>: the last day a series covers.</summary>
        public static Option<string?> To() => new Option<string?>("--to") { Description = "Last day (yyyy-MM-dd)" };

        /// <summary><c>--region</c>: a UN M49 sub-region by code, name or slug.</summary>
        public static Option<string?> Region() => new Option<string?>("--region") { Description = "UN M49 sub-region by code, name or slug: 013, \"Central America\" or central-america" };

        /// <summary><c>--top</c>: keep the first N rows (at least 1).</summary>
        public static Option<int?> Top(string description) => new Option<int?>("--top") { Description = description };

        /// <summary><c>--before</c>: years in the before window (the pre-period of a synthetic control).</summary>
        public static Option<int?> Before() => new Option<int?>("--before")
        {
            Description = $"Years before the policy's start year; default {Windows.DifferenceInDifferences.Before} for did, {Windows.SyntheticControl.Before} for a synthetic control (at least {PolicyRef.Queries.Synthetic.SyntheticControlOptions.MinimumPreYears})",
        };

        /// <summary><c>--after</c>: years in the after window.</summary>
        public static Option<int?> After() => new Option<int?>("--after")
        {
            Description = $"Years after the policy's start year; default {Windows.DifferenceInDifferences.After} for did, {Windows.SyntheticControl.After} for a synthetic control",
        };

        /// <summary><c>--vs</c> (or <c>--group</c>): comparison or donor countries.</summary>
        public static Option<string[]> Versus() => new Option<string[]>("--vs", "--group")
        {
            Description = "Comparison countries (donors for a synthetic control), repeated or comma-separated (HND,GTM); default: the policy country's UN M49 sub-region (every country with complete data for a synthetic control)",
        };

        /// <summary><c>--out</c>: the image file a chart is written to.</summary>
        public static Option<FileInfo> ChartFile() => new Option<FileInfo>("--out", "-o") { Description = "The image file: .svg or .png", Required = true };
    }
}
