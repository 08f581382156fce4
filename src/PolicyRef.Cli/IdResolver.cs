using System;
using System.Collections.Generic;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Cli
{
    /// <summary>
    /// Resolves every kind of id a user types (metric, country, region, facility, policy, source, any subject): an unknown
    /// one is a <see cref="KeyNotFoundException"/> naming the nearest known ids, which every command turns into exit 1.
    /// </summary>
    internal sealed class IdResolver
    {
        private readonly PolicyReference reference;

        public IdResolver(PolicyReference reference)
        {
            this.reference = reference;
        }

        /// <summary>A metric by id; a malformed id is unknown too, with the nearest ids ("Wall_Height" → wall-height).</summary>
        public MetricDefinition Metric(string id)
        {
            if (MetricId.IsWellFormed(id) && reference.TryGetMetric(new MetricId(id), out var metric))
            {
                return metric;
            }

            throw Unknown("metric", id, reference.Metrics.Select(m => m.Id.Value), "policyref coverage lists the metrics");
        }

        /// <summary>A metric by id, which must describe subjects of the given kind (a country metric for a country ranking).</summary>
        public MetricDefinition Metric(string id, SubjectKind kind)
        {
            var metric = Metric(id);
            return metric.AppliesToKind(kind)
                ? metric
                : throw new ArgumentException($"Metric '{metric.Id}' does not apply to a {kind.ToString().ToLowerInvariant()}; it applies to: {metric.AppliesTo.ToString().ToLowerInvariant()}.");
        }

        public Country Country(string code) =>
            reference.FindSubject(code.ToUpperInvariant()) is Country country ? country : throw Unknown("country", code, reference.Countries.Select(c => c.Code.Value), "policyref search NAME finds a country's code");

        /// <summary>Country codes given as repeated options or comma-separated ("HND,GTM", any case), each one resolved.</summary>
        public string[] Countries(IEnumerable<string>? values) => CommandArguments.CodeList(values).Select(code => Country(code).Code.Value).ToArray();

        public Facility Facility(string id) =>
            reference.TryGetFacility(id, out var facility) ? facility : throw Unknown("facility", id, reference.Facilities.Select(f => f.Id), "policyref search NAME finds a facility's id");

        public Policy Policy(string id) =>
            reference.TryGetPolicy(id, out var policy) ? policy : throw Unknown("policy", id, reference.Policies.Select(p => p.Id), "policyref search NAME finds a policy's id");

        public Source Source(string id) =>
            reference.TryGetSource(id, out var source) ? source : throw Unknown("source", id, reference.Sources.Select(s => s.Id), "policyref sources lists them");

        /// <summary>A country (code in any case), facility or policy; with <paramref name="orSource"/>, the hint names sources too.</summary>
        public IClaimSubject Subject(string id, bool orSource = false) =>
            reference.FindSubject(id) ?? (id.Length == 3 ? reference.FindSubject(id.ToUpperInvariant()) : null)
            ?? throw Unknown(
                orSource ? "country, facility, policy or source" : "country, facility or policy",
                id,
                orSource ? reference.Subjects.Select(s => s.Id).Concat(reference.Sources.Select(s => s.Id)) : reference.Subjects.Select(s => s.Id),
                "policyref search " + id + " finds ids by name");

        /// <summary>A UN M49 sub-region by code ("013"), name ("Central America", any case) or slug ("central-america"); returns its code.</summary>
        public string Region(string text)
        {
            var regions = reference.Countries.GroupBy(c => c.RegionCode, StringComparer.Ordinal).Select(g => (Code: g.Key, Name: g.First().Region)).ToList();
            var wanted = text.Trim();
            foreach (var (code, name) in regions)
            {
                if (code == wanted || string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase) || Slug(name) == Slug(wanted))
                {
                    return code;
                }
            }

            var nearest = NearestIds.Find(Slug(wanted), regions.Select(r => Slug(r.Name)));
            var named = nearest.Select(slug => regions.First(r => Slug(r.Name) == slug)).Select(r => $"'{r.Name}' ({r.Code}, {Slug(r.Name)})").ToList();
            throw new KeyNotFoundException($"There is no UN M49 sub-region '{text}' in the data." +
                (named.Count > 0 ? $" Did you mean {string.Join(", ", named)}?" : $" Regions: {string.Join(", ", regions.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => Slug(r.Name)))}."));
        }

        /// <summary>A region's name as lower-kebab-case: "Latin America and the Caribbean" → latin-america-and-the-caribbean.</summary>
        public static string Slug(string name) =>
            string.Join("-", name.ToLowerInvariant().Split(new[] { ' ', '-', '_', ',', '/' }, StringSplitOptions.RemoveEmptyEntries));

        private static KeyNotFoundException Unknown(string what, string id, IEnumerable<string> known, string help)
        {
            var hint = NearestIds.Hint(id, known);
            return new KeyNotFoundException($"There is no {what} '{id}'.{(hint.Length > 0 ? hint : " " + char.ToUpperInvariant(help[0]) + help.Substring(1) + ".")}");
        }
    }
}
