using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text;
using PolicyRef.Export;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cli.Commands
{
    /// <summary>The reference commands: show, search, sources and cite.</summary>
    internal static class ReferenceCommands
    {
        public static Command Show(CliContext context)
        {
            var id = new Argument<string>("id") { Description = "A country code, facility id, policy id or source id" };
            var format = CliContext.FormatOption();
            var command = new Command("show", "Show a country, facility, policy or source in full, every claim with its source") { id, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var wanted = parse.GetValue(id)!;
                if (reference.TryGetSource(wanted, out var source))
                {
                    context.Output.Write(Citations.ToText(new[] { source }));
                    return ExitCodes.Ok;
                }

                var subject = reference.FindSubject(wanted) ?? throw new System.Collections.Generic.KeyNotFoundException(
                    $"There is no country, facility, policy or source '{wanted}'. Try: policyref search {wanted}");
                context.Write(parse, format, Describe(reference, subject), () => ResultTables.Of(reference, subject));
                return ExitCodes.Ok;
            }));
            return command;
        }

        public static Command Search(CliContext context)
        {
            var text = new Argument<string>("text") { Description = "Part of a name, alias or local name; case and accents are ignored" };
            var command = new Command("search", "Find ids by name, alias or local name") { text };
            command.SetAction(parse => context.Run(() =>
            {
                var hits = context.Reference(parse).Search(parse.GetValue(text)!);
                foreach (var hit in hits)
                {
                    context.Output.WriteLine($"{hit.Subject.Kind.ToString().ToLowerInvariant(),-9} {hit.Subject.Id,-40} {hit.MatchedName}");
                }

                if (hits.IsEmpty)
                {
                    context.Error.WriteLine("policyref: nothing found");
                    return ExitCodes.UnknownId;
                }

                return ExitCodes.Ok;
            }));
            return command;
        }

        public static Command Sources(CliContext context)
        {
            var kind = new Option<string?>("--kind") { Description = "Only sources of this kind (official-statistics, government, intergovernmental, research, ngo, press, documentary, other)" };
            var command = new Command("sources", "List every source: id, kind, publisher, title") { kind };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var wanted = parse.GetValue(kind);
                foreach (var s in reference.Sources.Where(s => wanted is null || string.Equals(s.Kind.ToString(), wanted.Replace("-", string.Empty), StringComparison.OrdinalIgnoreCase)))
                {
                    context.Output.WriteLine($"{s.Id}\t{s.Kind}\t{s.Publisher}\t{s.Title}");
                }

                return ExitCodes.Ok;
            }));
            return command;
        }

        public static Command Cite(CliContext context)
        {
            var id = new Argument<string>("id") { Description = "A country code, facility id, policy id or source id" };
            var format = new Option<string>("--format") { Description = "text, bibtex or csl-json", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "bibtex", "csl-json");
            var command = new Command("cite", "Cite the sources behind an entity (or one source)") { id, format };
            command.SetAction(parse => context.Run(() =>
            {
                var reference = context.Reference(parse);
                var wanted = parse.GetValue(id)!;
                var sources = reference.TryGetSource(wanted, out var one)
                    ? System.Collections.Immutable.ImmutableArray.Create(one)
                    : Citations.SourcesOf(reference, reference.FindSubject(wanted) ?? throw new System.Collections.Generic.KeyNotFoundException($"There is no country, facility, policy or source '{wanted}'."));
                context.Output.Write(parse.GetValue(format) switch
                {
                    "bibtex" => Citations.ToBibTex(sources),
                    "csl-json" => Citations.ToCslJson(sources),
                    _ => Citations.ToText(sources),
                });
                return ExitCodes.Ok;
            }));
            return command;
        }

        private static string Describe(PolicyReference reference, IClaimSubject subject)
        {
            var text = new StringBuilder();
            switch (subject)
            {
                case Country c:
                    text.Append(c.Name).Append(" (").Append(c.Code).Append("), ").Append(c.Region).Append(" [M49 ").Append(c.RegionCode).Append("]\n");
                    break;
                case Facility f:
                    text.Append(f.Name).Append(" (").Append(f.Id).Append("), ").Append(string.Join(", ", new[] { f.Locality, f.Admin1, f.Country.Value }.Where(x => x is not null))).Append('\n');
                    if (!f.Aliases.IsEmpty)
                    {
                        text.Append("Also: ").Append(string.Join("; ", f.Aliases.Select(a => a.Name))).Append('\n');
                    }

                    break;
                case Policy p:
                    text.Append(p.Name).Append(" (").Append(p.Id).Append("), ").Append(p.Country).Append(", ").Append(p.PolicyKind)
                        .Append(", from ").Append(p.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
                        .Append(p.End is null ? " (in force at the latest source)" : " to " + p.End.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
                        .Append(p.Summary).Append('\n');
                    if (p.Instrument is not null)
                    {
                        text.Append("Instrument: ").Append(p.Instrument).Append('\n');
                    }

                    foreach (var provision in p.Provisions)
                    {
                        text.Append("  provision, ").Append(provision.Kind).Append(": ").Append(provision.Description).Append(" [").Append(provision.SourceId).Append("]\n");
                    }

                    foreach (var e in p.Events)
                    {
                        text.Append("  ").Append(e.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(' ').Append(e.Kind.ToString().ToLowerInvariant()).Append(": ").Append(e.Description).Append(" [").Append(e.SourceId).Append("]\n");
                    }

                    break;
            }

            foreach (var metric in subject.Claims.Metrics)
            {
                var selection = reference.Select(subject, metric)!;
                text.Append('\n').Append(selection.Metric.Name).Append(" (").Append(metric).Append(")\n");
                foreach (var claim in selection.Ranked.OrderBy(c => c.Period))
                {
                    text.Append("  ").Append(claim.Period.ToString().PadRight(22)).Append(' ').Append(ClaimFormatter.FormatValue(claim).PadRight(18))
                        .Append(" [").Append(claim.SourceId).Append(']').Append(ReferenceEquals(claim, selection.Chosen) ? " (preferred)" : string.Empty)
                        .Append(claim.Note is null ? string.Empty : " — " + claim.Note).Append('\n');
                }
            }

            return text.Append("\nPolicyRef data ").Append(reference.DataVersion).Append('\n').ToString();
        }
    }
}
