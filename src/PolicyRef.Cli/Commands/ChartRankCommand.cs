using System.CommandLine;
using PolicyRef.Charts;
using PolicyRef.Model;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref chart rank METRIC</c>: the bars of a ranking.</summary>
    internal static class ChartRankCommand
    {
        public static Command Create(CliContext context)
        {
            var metric = new Argument<string>("metric") { Description = "A numeric country metric" };
            var asOf = CommonOptions.AsOf();
            var top = CommonOptions.Top($"How many bars (default {CommonOptions.ChartBars})");
            var region = CommonOptions.Region();
            var output = CommonOptions.ChartFile();
            var command = new Command("rank", "Bars of a ranking as of a date") { metric, asOf, top, region, output };
            command.SetAction(parse => context.Run(() =>
            {
                var path = ChartCommand.OutputPath(parse, output);
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var definition = ChartCompareCommand.Numeric(ids.Metric(parse.GetValue(metric)!, SubjectKind.Country));
                var options = RankCommand.Options(parse, ids, region, top, CommonOptions.ChartBars);
                var date = context.DateOrToday(parse.GetValue(asOf));
                RankCommand.RequireOneCurrency(reference, SubjectKind.Country, definition, date, options, "Chart");
                var ranking = reference.RankCountries(definition.Id, date, options);
                ChartRenderer.Rank(reference, ranking, path);
                context.Error.WriteLine("policyref: wrote " + path);
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
