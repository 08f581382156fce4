using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PolicyRef.Charts;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref chart series|rank|compare … --out FILE.svg|.png</c>.</summary>
    internal static class ChartCommand
    {
        public static Command Create(CliContext context)
        {
            var command = new Command("chart", "Draw an answer as an SVG or PNG chart (by the extension of --out), with units, sources and the data version");
            command.Subcommands.Add(Series(context));
            command.Subcommands.Add(Rank(context));
            command.Subcommands.Add(Compare(context));
            command.Subcommands.Add(Impact(context));
            return command;
        }

        private static Option<FileInfo> Out() => new Option<FileInfo>("--out", "-o") { Description = "The image file: .svg or .png", Required = true };

        private static Command Series(CliContext context)
        {
            var country = new Argument<string>("country") { Description = "A country code, such as SLV" };
            var metric = new Argument<string>("metric") { Description = "A numeric country metric, such as homicide-rate" };
            var more = new Argument<string[]>("more-countries") { Description = "More country codes", Arity = ArgumentArity.ZeroOrMore };
            var policy = new Option<string?>("--policy") { Description = "Mark this policy's start, such as slv-state-of-exception-2022" };
            var byPublisher = new Option<bool>("--by-publisher") { Description = "One line per publisher" };
            var fromYear = new Option<int?>("--from-year") { Description = "The first year to draw" };
            var output = Out();
            var command = new Command("series", "Lines over the years, one per country or per publisher; missing years are gaps") { country, metric, more, policy, byPublisher, fromYear, output };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var countries = new[] { parse.GetValue(country)! }.Concat(parse.GetValue(more) ?? Array.Empty<string>()).Select(reference.GetCountry).ToList();
                var marked = parse.GetValue(policy) is { } id ? reference.GetPolicy(id) : null;
                var path = parse.GetValue(output)!.FullName;
                ChartRenderer.Series(reference, countries, CommandArguments.Metric(parse.GetValue(metric)!), marked, parse.GetValue(byPublisher), parse.GetValue(fromYear), path);
                context.Error.WriteLine("policyref: wrote " + path);
                return ExitCodes.Ok;
            }));
            return command;
        }

        private static Command Rank(CliContext context)
        {
            var metric = new Argument<string>("metric") { Description = "A numeric country metric" };
            var asOf = new Option<string?>("--as-of") { Description = "yyyy-MM-dd; default today" };
            var top = new Option<int>("--top") { Description = "How many bars", DefaultValueFactory = _ => 15 };
            var region = new Option<string?>("--region") { Description = "UN M49 sub-region code or name" };
            var output = Out();
            var command = new Command("rank", "Bars of a ranking as of a date") { metric, asOf, top, region, output };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var options = RankOptions.Default.WithTop(parse.GetValue(top));
                if (parse.GetValue(region) is { } r)
                {
                    options = options.WithRegion(r);
                }

                var date = CommandArguments.DateOrToday(parse.GetValue(asOf));
                var path = parse.GetValue(output)!.FullName;
                ChartRenderer.Rank(reference, reference.RankCountries(CommandArguments.Metric(parse.GetValue(metric)!), date, options), path);
                context.Error.WriteLine("policyref: wrote " + path);
                return ExitCodes.Ok;
            }));
            return command;
        }

        private static Command Compare(CliContext context)
        {
            var facilities = new Argument<string[]>("facility-id") { Description = "Facility ids", Arity = ArgumentArity.OneOrMore };
            var metric = new Option<string>("--metric", "-m") { Description = "A numeric facility metric, such as design-capacity", DefaultValueFactory = _ => "design-capacity" };
            var output = Out();
            var command = new Command("compare", "Bars of one facility metric side by side") { facilities, metric, output };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var path = parse.GetValue(output)!.FullName;
                ChartRenderer.Compare(reference, parse.GetValue(facilities)!.Select(reference.GetFacility).ToList(), CommandArguments.Metric(parse.GetValue(metric)!), path);
                context.Error.WriteLine("policyref: wrote " + path);
                return ExitCodes.Ok;
            }));
            return command;
        }

        private static Command Impact(CliContext context)
        {
            var policy = new Argument<string>("policy") { Description = "A policy id" };
            var metric = new Argument<string>("metric") { Description = "A numeric country metric" };
            var before = new Option<int>("--before") { Description = "Pre-period years (at least 5)", DefaultValueFactory = _ => 7 };
            var after = new Option<int>("--after") { Description = "Post-period years", DefaultValueFactory = _ => 1 };
            var donors = new Option<string[]>("--vs") { Description = "Donor countries, comma-separated; default: every country with complete data and no comparable policy" };
            var output = Out();
            var command = new Command("impact", "A synthetic control: the country and its synthetic control, and the placebo gaps in grey") { policy, metric, before, after, donors, output };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var options = PolicyRef.Queries.Synthetic.SyntheticControlOptions.Years(parse.GetValue(before), parse.GetValue(after));
                var chosen = CommandArguments.CodeList(parse.GetValue(donors));
                if (chosen.Length > 0)
                {
                    options = options.WithDonors(chosen);
                }

                var estimate = reference.SyntheticControl(reference.GetPolicy(parse.GetValue(policy)!), CommandArguments.Metric(parse.GetValue(metric)!), options);
                if (!estimate.IsEstimated)
                {
                    context.Error.WriteLine("policyref: no estimate: " + estimate.Refusal);
                    return ExitCodes.UnknownId;
                }

                var path = parse.GetValue(output)!.FullName;
                ChartRenderer.SyntheticControl(reference, estimate, path);
                context.Error.WriteLine("policyref: wrote " + path);
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
