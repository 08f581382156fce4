using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Numerics;
using Newtonsoft.Json.Linq;
using NodaTime;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>
    /// What the entity readers of one load share: the problem log, the entities read so far, the references still to be
    /// checked once every file is read (<see cref="ReferenceCheck"/>), and the claim rules.
    /// </summary>
    internal sealed class LoadState
    {
        public LoadState(PolicyReference? baseSet, LocalDate today, bool fastPath)
        {
            BaseSet = baseSet;
            Log = new ProblemLog(failFast: fastPath);
            IsFastPath = fastPath;

            // A period may start up to a year after the load date (a figure for the current year); later ones must be planned.
            LatestAllowedStart = today.PlusYears(1);
            ClaimRules = new ClaimRules(Log, LatestAllowedStart);
        }

        public ProblemLog Log { get; }

        public PolicyReference? BaseSet { get; }

        public LocalDate LatestAllowedStart { get; }

        /// <summary>Whether this is the fast path, whose claims come from <c>FastJsonReader</c> as <see cref="PendingRawClaims"/>.</summary>
        public bool IsFastPath { get; }

        public ClaimRules ClaimRules { get; }

        /// <summary>On the fast path, the claims of the file being read (null when the file has no claims array).</summary>
        public List<RawClaim>? PendingRawClaims { get; set; }

        public Dictionary<MetricId, MetricDefinition> Metrics { get; } = new Dictionary<MetricId, MetricDefinition>();

        public Dictionary<string, Source> Sources { get; } = new Dictionary<string, Source>(StringComparer.Ordinal);

        public Dictionary<CountryCode, Country> Countries { get; } = new Dictionary<CountryCode, Country>();

        public Dictionary<string, Facility> Facilities { get; } = new Dictionary<string, Facility>(StringComparer.Ordinal);

        public Dictionary<string, Policy> Policies { get; } = new Dictionary<string, Policy>(StringComparer.Ordinal);

        public Dictionary<string, Standard> Standards { get; } = new Dictionary<string, Standard>(StringComparer.Ordinal);

        /// <summary>Every claim read, with the object it was read from (null on the fast path) and its file.</summary>
        public List<(Claim Claim, ClaimPlaces? At, string File)> Claims { get; } = new List<(Claim, ClaimPlaces?, string)>();

        public List<(string Id, TokenPlace At, string File, string What)> SourceReferences { get; } = new List<(string, TokenPlace, string, string)>();

        public List<(CountryCode Code, TokenPlace At, string File)> CountryReferences { get; } = new List<(CountryCode, TokenPlace, string)>();

        /// <summary>The file each facility, policy, standard and source was defined in, by "kind:id".</summary>
        public Dictionary<string, string> DefinedIn { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public FieldReader Reader(string file, JToken json, DataEntity entity) => new FieldReader(Log, file, json, entity);

        public string? ReadId(FieldReader r, DataField field, string? expected, string what)
        {
            var id = r.String(field);
            if (id is null)
            {
                return null;
            }

            if (!MetricId.IsWellFormed(id))
            {
                r.Report(DataProblemKind.InvalidId, r.Token(field), $"{what} id '{id}' is not lower-kebab-case (letters a-z, digits and single hyphens)");
                return null;
            }

            if (expected is not null && id != expected)
            {
                r.Report(DataProblemKind.InvalidId, r.Token(field), $"{what} id '{id}' does not match the file name '{expected}.json'");
                return null;
            }

            return id;
        }

        public CountryCode? ReadCountryReference(FieldReader r, DataField field, string folder)
        {
            var text = r.String(field);
            if (text is null)
            {
                return null;
            }

            if (!CountryCode.IsWellFormed(text))
            {
                r.Report(DataProblemKind.InvalidId, r.Token(field), $"'{text}' is not a country code (ISO 3166-1 alpha-3 in capitals)");
                return null;
            }

            if (text != folder)
            {
                r.Report(DataProblemKind.InvalidId, r.Token(field), $"country '{text}' does not match the folder '{folder}'; the file belongs in the folder of its country");
            }

            var code = new CountryCode(text);
            CountryReferences.Add((code, TokenPlace.Of(r.Token(field)), r.File));
            return code;
        }

        public ImmutableArray<string> ReadSourceList(FieldReader r, DataField field, string what)
        {
            var ids = r.Strings(field);
            foreach (var id in ids)
            {
                SourceReferences.Add((id, TokenPlace.Of(r.Token(field)), r.File, what));
            }

            return ids;
        }

        /// <summary>A source cited by one field of a nested object (a provision, an event, a rule): kept for the reference check.</summary>
        public string? ReadSourceReference(FieldReader r, DataField field, string what)
        {
            var source = r.String(field);
            if (source is not null)
            {
                SourceReferences.Add((source, TokenPlace.Of(r.Token(field)), r.File, what));
            }

            return source;
        }

        public ImmutableArray<Alias> ReadAliases(FieldReader r, DataField field)
        {
            var builder = ImmutableArray.CreateBuilder<Alias>();
            foreach (var item in r.Array(field) ?? new JArray())
            {
                var a = Reader(r.File, item, AliasFormat.Entity);
                var name = a.String(AliasFormat.Name);
                var kind = a.Enum(AliasFormat.Kind, Vocabulary.AliasKinds);
                var language = a.String(AliasFormat.Language);
                if (name is not null && kind is not null)
                {
                    builder.Add(new Alias(name, kind.Value, language));
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>Records where "kind:id" is defined; false (and a problem) when it already is.</summary>
        public bool Define(string key, string file, FieldReader r, DataField idField)
        {
            if (DefinedIn.TryGetValue(key, out var other))
            {
                r.Report(DataProblemKind.DuplicateId, r.Token(idField), $"{key.Replace(":", " '")}' is already defined in {other}");
                return false;
            }

            DefinedIn[key] = file;
            return true;
        }

        /// <summary>The claims of a country, facility or policy: read from its JSON, or on the fast path from <see cref="PendingRawClaims"/>.</summary>
        public ClaimSet ReadClaims(FieldReader owner, DataField field, SubjectKind kind, string subjectId) =>
            IsFastPath ? ClaimReader.FromRaw(this, owner.File, kind, subjectId) : ClaimReader.FromJson(this, owner, field, kind, subjectId);

        public static decimal? Number(FieldReader r, DataField field)
        {
            var token = r.Token(field);
            if (token is null || token.Type == JTokenType.Null)
            {
                return null;
            }

            if ((token.Type != JTokenType.Integer && token.Type != JTokenType.Float) || ((JValue)token).Value is BigInteger)
            {
                r.Report(DataProblemKind.InvalidValue, token, $"'{field.Name}' must be a number, found {FieldReader.Describe(token)}");
                return null;
            }

            return Convert.ToDecimal(((JValue)token).Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        public static string IdFromFileName(string path)
        {
            var name = path.Substring(path.LastIndexOf('/') + 1);
            return name.EndsWith(".json", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;
        }
    }
}
