using System;
using System.CommandLine;
using System.Linq;
using PolicyRef.Charts;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref chart series COUNTRY METRIC [MORE…]</c>: lines over the years, gaps left as gaps.</summary>
    internal static class ChartSeriesCommand
    {
        public static Command Create(CliContext context)
        {
            var country = new Argument<string>("country") { Description = "A country code, such as SLV" };
            var metric = new Argument<string>("metric") { Description = "A numeric country metric, such as homicide-rate" };
            var more = new Argument<string[]>("more-countries") { Description = "More country codes", Arity = ArgumentArity.ZeroOrMore };
            var policy = new Option<string?>("--policy") { Description = "Mark this policy's start, such as slv-state-of-exception-2022" };
            var byPublisher = new Option<bool>("--by-publisher") { Description = "One line per publisher" };
            var fromYear = new Option<int?>("--from-year") { Description = "The first year to draw" };
            var output = CommonOptions.ChartFile();
            var command = new Command("series", "Lines over the years, one per country or per publisher; missing years are gaps") { country, metric, more, policy, byPublisher, fromYear, output };
            command.SetAction(parse => context.Run(() =>
            {
                var path = ChartCommand.OutputPath(parse, output);
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var countries = new[] { parse.GetValue(country)! }.Concat(parse.GetValue(more) ?? Array.Empty<string>()).Select(ids.Country).ToList();
                var definition = ChartCompareCommand.Numeric(ids.Metric(parse.GetValue(metric)!, SubjectKind.Country));
                var marked = parse.GetValue(policy) is { } id ? ids.Policy(id) : null;
                var from = parse.GetValue(fromYear) is { } year ? new NodaTime.LocalDate(CommandArguments.InRange(year, "--from-year", 1, 9999), 1, 1) : (NodaTime.LocalDate?)null;
                var options = SeriesOptions.Yearly.Between(from, null);
                var lines = parse.GetValue(byPublisher)
                    ? countries.SelectMany(c => reference.SeriesByPublisher(c, definition.Id, options).Values).ToList()
                    : countries.Select(c => reference.Series(c, definition.Id, options)).ToList();
                ChartRenderer.Series(reference, definition, lines, marked, path);
                context.Error.WriteLine("policyref: wrote " + path);
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
