using System;
using System.CommandLine;
using PolicyRef.Queries;
using PolicyRef.Queries.Synthetic;

namespace PolicyRef.Cli.Commands
{
    /// <summary>The body of the impact command: windows that suit the method, then the whole result in the format asked for.</summary>
    internal static class ImpactCommand
    {
        public static int Run(CliContext context, ParseResult parse, Options o)
        {
            var reference = context.Reference(parse);
            var countries = CommandArguments.CodeList(parse.GetValue(o.Group));
            var policy = reference.GetPolicy(parse.GetValue(o.Policy)!);
            var metric = CommandArguments.Metric(parse.GetValue(o.Metric)!);
            var after = parse.GetValue(o.After) ?? 2;
            if (parse.GetValue(o.Method) == "synthetic")
            {
                var before = parse.GetValue(o.Before) ?? 7;
                if (before < SyntheticControlOptions.MinimumPreYears || after < 1)
                {
                    throw new ArgumentException($"--method synthetic needs --before of at least {SyntheticControlOptions.MinimumPreYears} and --after of at least 1.");
                }

                var cutoff = parse.GetValue(o.PoorFit);
                if (cutoff <= 0)
                {
                    throw new ArgumentException("--poor-fit-mspe must be greater than 0.");
                }

                var options = SyntheticControlOptions.Years(before, after).WithPoorFitThreshold(cutoff);
                if (countries.Length > 0)
                {
                    options = options.WithDonors(countries);
                }

                var estimate = reference.SyntheticControl(policy, metric, options);
                ImpactOutput.Write(context, parse, o.Format, estimate);
                return estimate.IsEstimated ? ExitCodes.Ok : ExitCodes.UnknownId;
            }

            var yearsBefore = parse.GetValue(o.Before) ?? 3;
            if (yearsBefore < 1 || after < 1)
            {
                throw new ArgumentException("--before and --after cover at least one year each.");
            }

            var impactOptions = ImpactOptions.Years(yearsBefore, after);
            if (countries.Length > 0)
            {
                impactOptions = impactOptions.WithComparisonGroup(countries);
            }

            if (parse.GetValue(o.Partial))
            {
                impactOptions = impactOptions.WithPartialWindows();
            }

            ImpactOutput.Write(context, parse, o.Format, reference.Impact(policy, metric, impactOptions));
            return ExitCodes.Ok;
        }

        /// <summary>The command's options, handed over from where the command is declared.</summary>
        internal sealed record Options(Argument<string> Policy, Argument<string> Metric, Option<int?> Before, Option<int?> After, Option<string[]> Group, Option<string> Method, Option<bool> Partial, Option<decimal> PoorFit, Option<string> Format);
    }
}
