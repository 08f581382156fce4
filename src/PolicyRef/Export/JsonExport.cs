using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Model;

using PolicyRef.Internal;

namespace PolicyRef.Export
{
    /// <summary>
    /// Writes a whole data set in the layout of <c>data/</c>, which <see cref="PolicyReference.LoadDirectory(string)"/>
    /// reads back without loss (all sources go to <c>sources/sources.json</c>).
    /// </summary>
    public static class JsonExport
    {
        /// <summary>Writes the set under <paramref name="directory"/>.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory; created if needed.</param>
        public static void Write(PolicyReference reference, string directory)
        {
            if (reference is null || directory is null)
            {
                throw new ArgumentNullException(reference is null ? nameof(reference) : nameof(directory));
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "VERSION"), reference.DataVersion + "\n");
            foreach (var metric in reference.Metrics)
            {
                DataJsonWriter.WriteFile(Path.Combine(directory, "metrics", metric.Id.Value + ".json"), ToJson(metric));
            }

            DataJsonWriter.WriteFile(Path.Combine(directory, "sources", "sources.json"), new JObject { ["sources"] = new JArray(reference.Sources.Select(ToJson)) });
            foreach (var country in reference.Countries)
            {
                DataJsonWriter.WriteFile(Path.Combine(directory, "countries", country.Id + ".json"), ToJson(country));
            }

            foreach (var facility in reference.Facilities)
            {
                DataJsonWriter.WriteFile(Path.Combine(directory, "facilities", facility.Country.Value, facility.Id + ".json"), ToJson(facility));
            }

            foreach (var policy in reference.Policies)
            {
                DataJsonWriter.WriteFile(Path.Combine(directory, "policies", policy.Country.Value, policy.Id + ".json"), ToJson(policy));
            }

            foreach (var standard in reference.Standards)
            {
                DataJsonWriter.WriteFile(Path.Combine(directory, "standards", standard.Id + ".json"), ToJson(standard));
            }
        }

        private static JObject ToJson(MetricDefinition m)
        {
            var json = new JObject
            {
                ["id"] = m.Id.Value,
                ["name"] = m.Name,
                ["appliesTo"] = new JArray(Vocabulary.SubjectKindNames.Where(p => m.AppliesToKind(p.Value)).OrderBy(p => p.Value).Select(p => p.Key)),
                ["unit"] = m.Unit.Symbol,
                ["temporal"] = Vocabulary.Name(Vocabulary.Temporalities, m.Temporality),
                ["definition"] = m.Definition,
            };
            AddIfSet(json, "comparability", m.Comparability);
            if (m.Minimum is not null)
            {
                json["min"] = m.Minimum.Value;
            }

            if (m.Maximum is not null)
            {
                json["max"] = m.Maximum.Value;
            }

            if (m.Unit.IsNumeric)
            {
                json["tolerance"] = m.Tolerance;
            }

            if (!m.Categories.IsEmpty)
            {
                json["categories"] = new JArray(m.Categories.Select(c => new JObject { ["id"] = c.Id, ["description"] = c.Description }));
            }

            if (m.Measure != MetricMeasure.Stock)
            {
                json["measure"] = Vocabulary.Name(Vocabulary.Measures, m.Measure);
            }

            AddIfSet(json, "definitionSource", m.DefinitionSourceId);
            if (!m.Variants.IsEmpty)
            {
                json["variants"] = new JArray(m.Variants.Select(v => new JObject { ["id"] = v.Id, ["name"] = v.Name, ["description"] = v.Description, ["source"] = v.SourceId }));
            }

            return json;
        }

        private static JObject ToJson(Source s)
        {
            var json = new JObject { ["id"] = s.Id, ["publisher"] = s.Publisher, ["title"] = s.Title };
            AddIfSet(json, "url", s.Url);
            AddIfSet(json, "published", IsoDates.Format(s.Published));
            json["accessed"] = IsoDates.Format(s.Accessed);
            json["kind"] = Vocabulary.Name(Vocabulary.SourceKinds, s.Kind);
            AddIfSet(json, "language", s.Language);
            AddIfSet(json, "via", s.Via);
            AddIfSet(json, "license", s.License);
            AddIfSet(json, "republishes", s.Republishes);
            return json;
        }

        private static JObject ToJson(Country c)
        {
            var json = new JObject { ["id"] = c.Id, ["name"] = c.Name };
            AddIfSet(json, "m49", c.M49);
            json["region"] = c.Region;
            json["regionCode"] = c.RegionCode;
            json["claims"] = Claims(c.Claims);
            return json;
        }

        private static JObject ToJson(Facility f)
        {
            var json = new JObject { ["id"] = f.Id, ["name"] = f.Name, ["aliases"] = Aliases(f.Aliases), ["country"] = f.Country.Value };
            AddIfSet(json, "locality", f.Locality);
            AddIfSet(json, "admin1", f.Admin1);
            json["sources"] = new JArray(f.SourceIds);
            json["claims"] = Claims(f.Claims);
            return json;
        }

        private static JObject ToJson(Policy p)
        {
            var json = new JObject
            {
                ["id"] = p.Id,
                ["country"] = p.Country.Value,
                ["name"] = p.Name,
                ["aliases"] = Aliases(p.Aliases),
                ["kind"] = Vocabulary.Name(Vocabulary.PolicyKinds, p.PolicyKind),
                ["start"] = IsoDates.Format(p.Start),
            };
            AddIfSet(json, "end", IsoDates.Format(p.End));
            json["summary"] = p.Summary;
            AddIfSet(json, "instrument", p.Instrument);
            if (!p.Provisions.IsEmpty)
            {
                json["provisions"] = new JArray(p.Provisions.Select(v => new JObject
                {
                    ["kind"] = Vocabulary.Name(Vocabulary.ProvisionKinds, v.Kind),
                    ["description"] = v.Description,
                    ["source"] = v.SourceId,
                }));
            }

            json["sources"] = new JArray(p.SourceIds);
            json["events"] = new JArray(p.Events.Select(e => new JObject
            {
                ["date"] = IsoDates.Format(e.Date),
                ["kind"] = Vocabulary.Name(Vocabulary.EventKinds, e.Kind),
                ["description"] = e.Description,
                ["source"] = e.SourceId,
            }));
            json["claims"] = Claims(p.Claims);
            return json;
        }

        private static JObject ToJson(Standards.Standard standard) => new JObject
        {
            ["id"] = standard.Id,
            ["name"] = standard.Name,
            ["edition"] = standard.Edition,
            ["sources"] = new JArray(standard.SourceIds),
            ["rules"] = new JArray(standard.Rules.Select(rule =>
            {
                var json = new JObject
                {
                    ["id"] = rule.Id,
                    ["number"] = rule.Number,
                    ["summary"] = rule.Summary,
                    ["check"] = Vocabulary.Name(Vocabulary.RuleChecks, rule.Check),
                };
                if (rule.SingleCellThreshold is not null)
                {
                    json["singleCellThreshold"] = rule.SingleCellThreshold.Value;
                }

                if (rule.SharedCellThreshold is not null)
                {
                    json["sharedCellThreshold"] = rule.SharedCellThreshold.Value;
                }

                json["source"] = rule.SourceId;
                return json;
            })),
        };

        private static JArray Aliases(IEnumerable<Alias> aliases) => new JArray(aliases.Select(a =>
        {
            var json = new JObject { ["name"] = a.Name, ["kind"] = Vocabulary.Name(Vocabulary.AliasKinds, a.Kind) };
            AddIfSet(json, "language", a.Language);
            return json;
        }));

        private static JArray Claims(IEnumerable<Claim> claims) => new JArray(claims.Select(c =>
        {
            var json = new JObject
            {
                ["metric"] = c.Metric.Value,
                ["value"] = c.Value.Kind == ClaimValueKind.Number ? new JValue(c.Value.Number) : new JValue(c.Value.ToString()),
                ["unit"] = c.Unit.Symbol,
                ["period"] = c.Period.ToString(),
                ["source"] = c.SourceId,
            };
            AddIfSet(json, "note", c.Note);
            if (c.Flags != ClaimFlags.None)
            {
                json["flags"] = new JArray(Vocabulary.FlagNames(c.Flags));
            }

            if (!c.DerivedFrom.IsEmpty)
            {
                json["derivedFrom"] = new JArray(c.DerivedFrom);
            }

            // Suspect marks are not written: the plausibility screens set them again when the file is loaded.
            AddIfSet(json, "definition", c.Definition);
            if (c.Part is not null)
            {
                json["part"] = Vocabulary.Name(Vocabulary.PartKinds, c.Part.Kind);
                json["partLabel"] = c.Part.Label;
                AddIfSet(json, "partOf", c.Part.Whole?.ToString());
            }

            if (c.Doubt is not null)
            {
                json["doubt"] = Vocabulary.Name(Vocabulary.Doubts, c.Doubt.Value);
            }

            return json;
        }));

        private static void AddIfSet(JObject json, string name, string? value)
        {
            if (value is not null)
            {
                json[name] = value;
            }
        }

    }
}
