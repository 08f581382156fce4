using System.CommandLine;
using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref rank METRIC</c>: countries or facilities ranked by a metric as of a date.</summary>
    internal static class RankCommand
    {
        public static Command Create(CliContext context)
        {
            var metric = new Argument<string>("metric") { Description = "A numeric country (or, with --facilities, facility) metric, such as prison-population-rate" };
            var asOf = CommonOptions.AsOf();
            var region = CommonOptions.Region();
            var top = CommonOptions.Top("Keep only the first N rows");
            var maxAge = new Option<int?>("--max-age-years") { Description = "Leave out figures older than this many years at the as-of date" };
            var ascending = new Option<bool>("--ascending") { Description = "Smallest first" };
            var facilities = new Option<bool>("--facilities") { Description = "Rank facilities instead of countries" };
            var variant = CommonOptions.Definition();
            var format = CommonOptions.Format();
            var command = new Command("rank", "Rank countries or facilities by a metric as of a date; each row says which period its figure is for") { metric, asOf, region, top, maxAge, ascending, facilities, variant, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var kind = parse.GetValue(facilities) ? SubjectKind.Facility : SubjectKind.Country;
                var definition = ids.Metric(parse.GetValue(metric)!, kind);
                var options = Options(parse, ids, region, top, null);
                if (parse.GetValue(maxAge) is { } years)
                {
                    options = options.WithMaximumAge(NodaTime.Period.FromYears(CommandArguments.InRange(years, "--max-age-years", 0, CommandArguments.MaximumYears)));
                }

                if (parse.GetValue(ascending))
                {
                    options = options.WithOrder(RankOrder.Ascending);
                }

                options = options.WithDefinition(parse.GetValue(variant));
                var date = context.DateOrToday(parse.GetValue(asOf));
                var ranking = kind == SubjectKind.Facility ? reference.RankFacilities(definition.Id, date, options) : reference.RankCountries(definition.Id, date, options);
                RequireOneCurrency(reference, kind, definition, date, options, "Rank");
                context.Write(parse, format, ranking, () => ResultTables.Of(ranking));
                return ExitCodes.Ok;
            }));
            return command;
        }

        /// <summary>Refuses a ranking of money in several currencies: every row the ranking compares, before --top keeps the first.</summary>
        public static void RequireOneCurrency(PolicyReference reference, SubjectKind kind, MetricDefinition metric, NodaTime.LocalDate date, RankOptions options, string what)
        {
            if (metric.Unit.Kind == UnitKind.Money)
            {
                var all = RankOptions.Default.WithOrder(options.Order);
                all = options.Region is null ? all : all.WithRegion(options.Region);
                all = options.MaximumAge is null ? all : all.WithMaximumAge(options.MaximumAge);
                var ranking = kind == SubjectKind.Facility ? reference.RankFacilities(metric.Id, date, all) : reference.RankCountries(metric.Id, date, all);
                OneCurrency.Require(metric, ranking.Rows.Select(r => (r.Subject, r.Claim)), what);
            }
        }

        /// <summary>The ranking options shared by <c>rank</c> and <c>chart rank</c>: the region resolved, <c>--top</c> checked.</summary>
        public static RankOptions Options(ParseResult parse, IdResolver ids, Option<string?> region, Option<int?> top, int? defaultTop)
        {
            var options = RankOptions.Default;
            if (parse.GetValue(region) is { } r)
            {
                options = options.WithRegion(ids.Region(r));
            }

            if ((CommandArguments.Top(parse.GetValue(top)) ?? defaultTop) is { } n)
            {
                options = options.WithTop(n);
            }

            return options;
        }
    }
}
