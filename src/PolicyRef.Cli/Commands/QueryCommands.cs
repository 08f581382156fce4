using System;
using System.CommandLine;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PolicyRef.Data;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cli.Commands
{
    /// <summary>The query commands: rank, series, impact, conflicts and assess, each a thin layer over one library call.</summary>
    internal static class QueryCommands
    {
        public static Command Rank(CliContext context)
        {
            var metric = new Argument<string>("metric") { Description = "A numeric country (or, with --facilities, facility) metric, such as prison-population-rate" };
            var asOf = new Option<string>("--as-of") { Description = "Only figures for periods ending on or before this date (yyyy-MM-dd); default today" };
            var region = new Option<string?>("--region") { Description = "UN M49 sub-region code or name, such as 013 or \"Central America\"" };
            var top = new Option<int?>("--top") { Description = "Keep only the first N rows" };
            var maxAge = new Option<int?>("--max-age-years") { Description = "Leave out figures older than this many years at the as-of date" };
            var ascending = new Option<bool>("--ascending") { Description = "Smallest first" };
            var facilities = new Option<bool>("--facilities") { Description = "Rank facilities instead of countries" };
            var definition = DefinitionOption();
            var format = CliContext.FormatOption();
            var command = new Command("rank", "Rank countries or facilities by a metric as of a date; each row says which period its figure is for") { metric, asOf, region, top, maxAge, ascending, facilities, definition, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var options = RankOptions.Default;
                if (parse.GetValue(region) is { } r)
                {
                    options = options.WithRegion(r);
                }

                if (parse.GetValue(top) is { } n)
                {
                    options = options.WithTop(n);
                }

                if (parse.GetValue(maxAge) is { } years)
                {
                    options = options.WithMaximumAge(NodaTime.Period.FromYears(years));
                }

                if (parse.GetValue(ascending))
                {
                    options = options.WithOrder(RankOrder.Ascending);
                }

                options = options.WithDefinition(parse.GetValue(definition));

                var id = CommandArguments.Metric(parse.GetValue(metric)!);
                var date = CommandArguments.DateOrToday(parse.GetValue(asOf));
                var ranking = parse.GetValue(facilities) ? reference.RankFacilities(id, date, options) : reference.RankCountries(id, date, options);
                context.Write(parse, format, ranking, () => ResultTables.Of(ranking));
                return ExitCodes.Ok;
            }));
            return command;
        }

        public static Command Series(CliContext context)
        {
            var subject = new Argument<string>("subject") { Description = "A country code, facility id or policy id" };
            var metric = new Argument<string>("metric") { Description = "A numeric metric" };
            var byPublisher = new Option<bool>("--by-publisher") { Description = "One series per publisher" };
            var from = new Option<string?>("--from") { Description = "First day (yyyy-MM-dd)" };
            var to = new Option<string?>("--to") { Description = "Last day (yyyy-MM-dd)" };
            var definition = DefinitionOption();
            var format = CliContext.FormatOption();
            var command = new Command("series", "A subject's figures for a metric over time, one per year, gaps left as gaps; | marks a change of publisher or definition") { subject, metric, byPublisher, from, to, definition, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var found = FindSubject(reference, parse.GetValue(subject)!);
                var options = SeriesOptions.Yearly.Between(CommandArguments.OptionalDate(parse.GetValue(from)), CommandArguments.OptionalDate(parse.GetValue(to))).WithDefinition(parse.GetValue(definition));
                var id = CommandArguments.Metric(parse.GetValue(metric)!);
                var all = parse.GetValue(byPublisher) ? reference.SeriesByPublisher(found, id, options).Values.ToList() : new System.Collections.Generic.List<PolicyRef.Queries.Series> { reference.Series(found, id, options) };
                var text = string.Join("\n", all.Select(s => s.ToString()));
                context.Write(parse, format, text, () => new Tabular(ResultTables.Of(all[0]).Columns, all.SelectMany(s => ResultTables.Of(s).Rows)));

                return ExitCodes.Ok;
            }));
            return command;
        }

        public static Command Impact(CliContext context)
        {
            var policy = new Argument<string>("policy") { Description = "A policy id, such as slv-state-of-exception-2022" };
            var metric = new Argument<string>("metric") { Description = "A numeric country metric, such as homicide-rate" };
            var before = new Option<int>("--before") { Description = "Years before the start year", DefaultValueFactory = _ => 3 };
            var after = new Option<int>("--after") { Description = "Years after the start year", DefaultValueFactory = _ => 2 };
            var group = new Option<string[]>("--group", "--vs") { Description = "Comparison countries, repeated or comma-separated (HND,GTM); default: the policy country's UN M49 sub-region" };
            var method = new Option<string>("--method") { Description = "did (before/after against a comparison group) or synthetic (synthetic control with placebos; --before of at least 5 years, --vs as the donor pool)", DefaultValueFactory = _ => "did" };
            method.AcceptOnlyFromAmong("did", "synthetic");
            var format = CliContext.FormatOption();
            var command = new Command("impact", "Before and after a policy's start, against a comparison group, with the difference-in-differences and its limits; or a synthetic control") { policy, metric, before, after, group, method, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var countries = CommandArguments.CodeList(parse.GetValue(group));
                if (parse.GetValue(method) == "synthetic")
                {
                    var synthetic = PolicyRef.Queries.Synthetic.SyntheticControlOptions.Years(parse.GetValue(before), parse.GetValue(after));
                    if (countries.Length > 0)
                    {
                        synthetic = synthetic.WithDonors(countries);
                    }

                    var estimate = reference.SyntheticControl(reference.GetPolicy(parse.GetValue(policy)!), CommandArguments.Metric(parse.GetValue(metric)!), synthetic);
                    context.Write(parse, format, estimate, () => ResultTables.Of(estimate));
                    return estimate.IsEstimated ? ExitCodes.Ok : ExitCodes.UnknownId;
                }

                var options = ImpactOptions.Years(parse.GetValue(before), parse.GetValue(after));
                if (countries.Length > 0)
                {
                    options = options.WithComparisonGroup(countries);
                }

                var impact = reference.Impact(reference.GetPolicy(parse.GetValue(policy)!), CommandArguments.Metric(parse.GetValue(metric)!), options);
                context.Write(parse, format, impact, () => ResultTables.Of(impact));
                return ExitCodes.Ok;
            }));
            return command;
        }

        public static Command Conflicts(CliContext context)
        {
            var subject = new Option<string?>("--subject") { Description = "Only this subject" };
            var metric = new Option<string?>("--metric") { Description = "Only this metric" };
            var kind = new Option<string?>("--source-kind") { Description = "Only conflicts involving this kind of source (official-statistics, government, intergovernmental, research, ngo, press, documentary, other)" };
            var top = new Option<int?>("--top") { Description = "Only the N largest" };
            var suspect = new Option<bool>("--suspect") { Description = "List the claims the plausibility screens mark suspect, with the reason, instead of conflicts" };
            var unexplained = new Option<bool>("--unexplained") { Description = "Only disagreements involving a curated claim where no note says why the figures differ" };
            var format = CliContext.FormatOption();
            var command = new Command("conflicts", "Where figures about the same thing differ beyond a metric's tolerance, largest first, with every claim: disagreements, definitional differences (a variant against the standard) and differences caused by suspect claims") { subject, metric, kind, top, suspect, unexplained, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var filter = ConflictFilter.All;
                if (parse.GetValue(subject) is { } s)
                {
                    filter = filter.WithSubject(s);
                }

                if (parse.GetValue(metric) is { } m)
                {
                    filter = filter.WithMetric(CommandArguments.Metric(m));
                }

                if (parse.GetValue(kind) is { } k)
                {
                    filter = filter.WithSourceKind(Enum.TryParse<SourceKind>(k.Replace("-", string.Empty), true, out var value) && !int.TryParse(k, out _) ? value : throw new ArgumentException($"Unknown source kind '{k}'."));
                }

                if (parse.GetValue(suspect))
                {
                    filter = filter.WithSuspectsOnly();
                }

                if (parse.GetValue(unexplained))
                {
                    filter = filter.WithUnexplainedOnly();
                }

                var report = reference.Conflicts(filter);
                var shown = parse.GetValue(top) is { } n ? report.Largest(n) : report;
                context.Write(parse, format, shown, () => ResultTables.Of(shown));
                return ExitCodes.Ok;
            }));
            return command;
        }

        public static Command Assess(CliContext context)
        {
            var facility = new Argument<string>("facility-id") { Description = "A facility id, such as cecot" };
            var format = CliContext.FormatOption();
            var command = new Command("assess", "A facility against the Nelson Mandela Rules and the CPT and ICRC living-space guidance: Met, NotMet or Unknown per rule") { facility, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var assessment = reference.Assess(reference.GetFacility(parse.GetValue(facility)!));
                context.Write(parse, format, assessment, () => ResultTables.Of(assessment));
                return ExitCodes.Ok;
            }));
            return command;
        }

        internal static Option<string?> DefinitionOption() =>
            new Option<string?>("--definition") { Description = "A variant of the metric to use instead of its standard definition (the metric's variants are listed by 'policyref metrics <id>')" };

        private static IClaimSubject FindSubject(PolicyReference reference, string id) =>
            reference.FindSubject(id) ?? throw new System.Collections.Generic.KeyNotFoundException(
                $"There is no country, facility or policy '{id}'.");
    }
}
