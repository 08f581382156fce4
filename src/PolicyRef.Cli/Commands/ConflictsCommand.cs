using System;
using System.CommandLine;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cli.Commands
{
    /// <summary><c>policyref conflicts</c>: where sources disagree beyond a metric's tolerance, largest first.</summary>
    internal static class ConflictsCommand
    {
        public static Command Create(CliContext context)
        {
            var subject = new Option<string?>("--subject") { Description = "Only this country, facility or policy" };
            var metric = new Option<string?>("--metric") { Description = "Only this metric" };
            var kind = new Option<string?>("--source-kind") { Description = "Only conflicts involving this kind of source (official-statistics, government, intergovernmental, research, ngo, press, documentary, other)" };
            var top = CommonOptions.Top("Only the N largest");
            var suspect = new Option<bool>("--suspect") { Description = "List the claims the plausibility screens mark suspect, with the reason, instead of conflicts" };
            var unexplained = new Option<bool>("--unexplained") { Description = "Only disagreements involving a curated claim where no note says why the figures differ" };
            var unreasoned = new Option<bool>("--unreasoned") { Description = "Only disagreements involving a curated claim whose notes name the other figure but say no reason for the difference is recorded" };
            var format = CommonOptions.Format();
            var wide = CommonOptions.Wide();
            var command = new Command("conflicts", "Where figures about the same thing differ beyond a metric's tolerance, largest first, with every claim: disagreements, definitional differences (a variant against the standard) and differences caused by suspect claims") { subject, metric, kind, top, suspect, unexplained, unreasoned, format, wide };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var ids = new IdResolver(reference);
                var largest = CommandArguments.Top(parse.GetValue(top));
                var filter = ConflictFilter.All;
                if (parse.GetValue(subject) is { } s)
                {
                    filter = filter.WithSubject(ids.Subject(s).Id);
                }

                if (parse.GetValue(metric) is { } m)
                {
                    filter = filter.WithMetric(ids.Metric(m).Id);
                }

                if (parse.GetValue(kind) is { } k)
                {
                    filter = filter.WithSourceKind(SourceKinds.Parse(k));
                }

                if (parse.GetValue(suspect))
                {
                    filter = filter.WithSuspectsOnly();
                }

                if (parse.GetValue(unexplained))
                {
                    filter = filter.WithUnexplainedOnly();
                }

                if (parse.GetValue(unreasoned))
                {
                    filter = filter.WithUnreasonedOnly();
                }

                var report = reference.Conflicts(filter);
                var shown = largest is { } n ? report.Largest(n) : report;
                context.Write(parse, format, shown, () => ResultTables.Of(shown), wide);
                return ExitCodes.Ok;
            }));
            return command;
        }
    }
}
