using System.Globalization;
using System.Linq;
using System.Text;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cli
{
    /// <summary>A country, facility or policy in full for <c>show</c>: what it is, then every claim per metric with its source.</summary>
    internal static class SubjectDescription
    {
        // A field from data, on one line and unable to drive the terminal.
        private static string V(string? text) => Export.VisibleText.Escape(text);

        public static string Describe(PolicyReference reference, IClaimSubject subject)
        {
            var text = new StringBuilder();
            switch (subject)
            {
                case Country c:
                    text.Append(V(c.Name)).Append(" (").Append(c.Code).Append("), ").Append(V(c.Region)).Append(" [M49 ").Append(V(c.RegionCode)).Append("]\n");
                    break;
                case Facility f:
                    text.Append(V(f.Name)).Append(" (").Append(V(f.Id)).Append("), ").Append(string.Join(", ", new[] { f.Locality, f.Admin1, f.Country.Value }.Where(x => x is not null).Select(V))).Append('\n');
                    if (!f.Aliases.IsEmpty)
                    {
                        text.Append("Also: ").Append(string.Join("; ", f.Aliases.Select(a => V(a.Name)))).Append('\n');
                    }

                    break;
                case Policy p:
                    text.Append(V(p.Name)).Append(" (").Append(V(p.Id)).Append("), ").Append(p.Country).Append(", ").Append(p.PolicyKind)
                        .Append(", from ").Append(p.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
                        .Append(p.End is null ? " (in force at the latest source)" : " to " + p.End.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
                        .Append(V(p.Summary)).Append('\n');
                    if (p.Instrument is not null)
                    {
                        text.Append("Instrument: ").Append(V(p.Instrument)).Append('\n');
                    }

                    foreach (var provision in p.Provisions)
                    {
                        text.Append("  provision, ").Append(provision.Kind).Append(": ").Append(V(provision.Description)).Append(" [").Append(V(provision.SourceId)).Append("]\n");
                    }

                    foreach (var e in p.Events)
                    {
                        text.Append("  ").Append(e.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(' ').Append(e.Kind.ToString().ToLowerInvariant()).Append(": ").Append(V(e.Description)).Append(" [").Append(V(e.SourceId)).Append("]\n");
                    }

                    break;
            }

            // Marked as in observations.csv: the rule's choice for each period (for a fixed metric, for the subject).
            var preferred = PolicyRef.Export.Observations.Of(reference, subject).Where(o => o.Preferred).Select(o => o.Claim).ToHashSet();
            foreach (var metric in subject.Claims.Metrics)
            {
                var selection = reference.Select(subject, metric)!;
                text.Append('\n').Append(V(selection.Metric.Name)).Append(" (").Append(metric).Append(")\n");
                foreach (var claim in selection.Ranked.OrderBy(c => c.Period))
                {
                    text.Append("  ").Append(claim.Period.ToString().PadRight(22)).Append(' ').Append(V(ClaimFormatter.FormatValue(claim, selection.Metric)).PadRight(18))
                        .Append(" [").Append(V(claim.SourceId)).Append(']').Append(preferred.Contains(claim) ? " (preferred)" : string.Empty)
                        .Append(claim.Note is null ? string.Empty : " — " + V(claim.Note)).Append('\n');
                }
            }

            return text.Append("\nPolicyRef data ").Append(V(reference.DataVersion)).Append('\n').ToString();
        }
    }
}
