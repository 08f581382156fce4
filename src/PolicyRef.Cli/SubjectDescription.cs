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
        public static string Describe(PolicyReference reference, IClaimSubject subject)
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

            // Marked as in observations.csv: the rule's choice for each period (for a fixed metric, for the subject).
            var preferred = PolicyRef.Export.Observations.Of(reference, subject).Where(o => o.Preferred).Select(o => o.Claim).ToHashSet();
            foreach (var metric in subject.Claims.Metrics)
            {
                var selection = reference.Select(subject, metric)!;
                text.Append('\n').Append(selection.Metric.Name).Append(" (").Append(metric).Append(")\n");
                foreach (var claim in selection.Ranked.OrderBy(c => c.Period))
                {
                    text.Append("  ").Append(claim.Period.ToString().PadRight(22)).Append(' ').Append(ClaimFormatter.FormatValue(claim, selection.Metric).PadRight(18))
                        .Append(" [").Append(claim.SourceId).Append(']').Append(preferred.Contains(claim) ? " (preferred)" : string.Empty)
                        .Append(claim.Note is null ? string.Empty : " — " + claim.Note).Append('\n');
                }
            }

            return text.Append("\nPolicyRef data ").Append(reference.DataVersion).Append('\n').ToString();
        }
    }
}
