using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PolicyRef.Queries;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref series SUBJECT METRIC</c>: a subject's figures over time, gaps left as gaps.</summary>
    internal static class SeriesCommand
    {
        public static Command Create(CliContext context)
        {
            var subject = new Argument<string>("subject") { Description = "A country code, facility id or policy id" };
            var metric = new Argument<string>("metric") { Description = "A numeric metric" };
            var byPublisher = new Option<bool>("--by-publisher") { Description = "One series per publisher" };
            var from = CommonOptions.From();
            var to = CommonOptions.To();
            var format = CommonOptions.Format();
            var command = new Command("series", "A subject's figures for a metric over time, one per year, gaps left as gaps") { subject, metric, byPublisher, from, to, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var found = ids.Subject(parse.GetValue(subject)!);
                var definition = ids.Metric(parse.GetValue(metric)!);
                var options = SeriesOptions.Yearly.Between(CommandArguments.OptionalDate(parse.GetValue(from)), CommandArguments.OptionalDate(parse.GetValue(to)));
                var all = parse.GetValue(byPublisher) ? reference.SeriesByPublisher(found, definition.Id, options).Values.ToList() : new List<Series> { reference.Series(found, definition.Id, options) };
                var text = string.Join("\n", all.Select(s => s.ToString()));
                context.Write(parse, format, text, () => new Tabular(ResultTables.SeriesColumns, all.SelectMany(s => ResultTables.Of(s).Rows)));
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
