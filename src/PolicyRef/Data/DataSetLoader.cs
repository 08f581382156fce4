using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Text;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;
using PolicyRef.Model;
using PolicyRef.Standards;

namespace PolicyRef.Data
{
    /// <summary>
    /// Turns the files of a data set into a <see cref="PolicyReference"/>: parses every file, checks every
    /// rule, and builds the set only when no problem was found.
    /// </summary>
    internal sealed class DataSetLoader
    {
        internal static readonly string[] ClaimFields = { "metric", "value", "unit", "period", "source", "note", "flags", "derivedFrom", "definition", "part", "partLabel", "partOf", "doubt" };
        internal static readonly string[] MetricFields = { "id", "name", "appliesTo", "unit", "temporal", "definition", "comparability", "min", "max", "tolerance", "categories", "measure", "definitionSource", "variants" };
        internal static readonly string[] VariantFields = { "id", "name", "description", "source" };
        internal static readonly string[] SourceFields = { "id", "publisher", "title", "url", "published", "accessed", "kind", "language", "via", "license", "republishes" };
        internal static readonly string[] CountryFields = { "id", "name", "m49", "region", "regionCode", "claims" };
        internal static readonly string[] FacilityFields = { "id", "name", "aliases", "country", "locality", "admin1", "sources", "claims" };
        internal static readonly string[] PolicyFields = { "id", "country", "name", "aliases", "kind", "start", "end", "summary", "instrument", "provisions", "sources", "events", "claims" };
        internal static readonly string[] StandardFields = { "id", "name", "edition", "sources", "rules" };
        internal static readonly string[] RuleFields = { "id", "number", "summary", "check", "singleCellThreshold", "sharedCellThreshold", "source" };
        internal static readonly string[] ProvisionFields = { "kind", "description", "source" };
        internal static readonly string[] AliasFields = { "name", "kind", "language" };
        internal static readonly string[] EventFields = { "date", "kind", "description", "source" };
        internal static readonly string[] CategoryFields = { "id", "description" };

        private readonly ProblemLog log;
        private readonly PolicyReference? baseSet;
        private readonly LocalDate latestAllowedStart;
        private readonly Dictionary<MetricId, MetricDefinition> metrics = new Dictionary<MetricId, MetricDefinition>();
        private readonly Dictionary<string, Source> sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        private readonly Dictionary<CountryCode, Country> countries = new Dictionary<CountryCode, Country>();
        private readonly Dictionary<string, Facility> facilities = new Dictionary<string, Facility>(StringComparer.Ordinal);
        private readonly Dictionary<string, Policy> policies = new Dictionary<string, Policy>(StringComparer.Ordinal);
        private readonly Dictionary<string, Standard> standards = new Dictionary<string, Standard>(StringComparer.Ordinal);
        private readonly List<(Claim Claim, JObject? At, string File)> claims = new List<(Claim, JObject?, string)>();
        private readonly List<(string Id, JToken? At, string File, string What)> sourceReferences = new List<(string, JToken?, string, string)>();
        private readonly List<(CountryCode Code, JToken? At, string File)> countryReferences = new List<(CountryCode, JToken?, string)>();
        private readonly Dictionary<string, string> definedIn = new Dictionary<string, string>(StringComparer.Ordinal);
        private string? version;
#if NET

        // The fast path (null on the full one): see Load.
        private readonly FastJsonReader? fast;
        private readonly Dictionary<string, ReferencePeriod> periods = new Dictionary<string, ReferencePeriod>(StringComparer.Ordinal);
        private readonly Dictionary<string, Unit> units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        private readonly Dictionary<string, MetricId> metricIds = new Dictionary<string, MetricId>(StringComparer.Ordinal);
        private List<RawClaim>? rawClaims;
#endif

        private DataSetLoader(PolicyReference? baseSet, LocalDate today, bool fastPath)
        {
            this.baseSet = baseSet;
            log = new ProblemLog(failFast: fastPath);
#if NET
            fast = fastPath ? new FastJsonReader() : null;
#endif
            // A period may start up to a year after the load date (a figure for the current year); later ones must be planned.
            latestAllowedStart = today.PlusYears(1);
        }

        /// <summary>
        /// Loads a set whole or not at all. On .NET, a fast path reads valid data first: the same checks, run over
        /// System.Text.Json's reader and stopping at the first problem; on any problem, or anything it does not handle,
        /// the set is read again by the full reader, which reports every problem with its line, column and path. Only a
        /// set with no problem at all is ever built, by either path.
        /// </summary>
        public static PolicyReference Load(IReadOnlyList<DataFile> files, IReadOnlyList<DataProblem> fileProblems, PolicyReference? baseSet, LocalDate today, string defaultVersion) =>
            (fileProblems.Count == 0 ? TryLoadFast(files, baseSet, today, defaultVersion) : null) ?? LoadFull(files, fileProblems, baseSet, today, defaultVersion);

        /// <summary>The fast path alone: the set when it has no problem and nothing the fast path does not handle, else null.</summary>
        internal static PolicyReference? TryLoadFast(IReadOnlyList<DataFile> files, PolicyReference? baseSet, LocalDate today, string defaultVersion)
        {
#if NET
            try
            {
                return new DataSetLoader(baseSet, today, fastPath: true).Run(files, defaultVersion);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A problem, or something the fast path does not handle: the full reader finds and reports it.
                return null;
            }
#else
            return null;
#endif
        }

        /// <summary>The full reader alone: every problem reported with its file, line, column and path.</summary>
        internal static PolicyReference LoadFull(IReadOnlyList<DataFile> files, IReadOnlyList<DataProblem> fileProblems, PolicyReference? baseSet, LocalDate today, string defaultVersion)
        {
            var loader = new DataSetLoader(baseSet, today, fastPath: false);
            foreach (var problem in fileProblems)
            {
                loader.log.Add(problem);
            }

            return loader.Run(files, defaultVersion);
        }

        private PolicyReference Run(IReadOnlyList<DataFile> files, string defaultVersion)
        {
            var dataFiles = files.Where(f => f.Path != "VERSION").OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            if (dataFiles.Count == 0 && log.IsEmpty)
            {
                log.Add(new DataProblem(DataProblemKind.InvalidFile, ".", 0, 0, string.Empty, "the directory holds no data files; expected metrics/, sources/, countries/, facilities/ or policies/ with .json files"));
            }

            var versionFile = files.FirstOrDefault(f => f.Path == "VERSION");
            if (versionFile is not null)
            {
                ReadVersion(versionFile);
            }

#if NET
            if (fast is not null)
            {
                return RunFast(files, dataFiles, defaultVersion);
            }

#endif
            var parsed = dataFiles.Select(f => (File: f, Json: JsonDocumentReader.Read(f, log))).Where(x => x.Json is not null).ToList();

            // Definitions first, so that claims can be checked against them.
            foreach (var (file, json) in parsed.Where(x => x.File.Path.StartsWith("metrics/", StringComparison.Ordinal)))
            {
                ReadMetric(file.Path, json!);
            }

            foreach (var (file, json) in parsed.Where(x => x.File.Path.StartsWith("sources/", StringComparison.Ordinal)))
            {
                ReadSources(file.Path, json!);
            }

            foreach (var (file, json) in parsed)
            {
                ReadEntity(file.Path, _ => json!);
            }

            CheckReferences();
            if (!log.IsEmpty)
            {
                throw new PolicyDataException(log.Sorted());
            }

            return Build(version ?? defaultVersion, DataManifest.HashOfSet(files));
        }

        /// <summary>Reads one country, facility, policy or standard file; <paramref name="json"/> parses it when it belongs.</summary>
        private void ReadEntity(string path, Func<bool, JToken> json)
        {
            var parts = path.Split('/');
            if (parts[0] == "metrics" || parts[0] == "sources")
            {
                if (parts.Length != 2)
                {
                    log.Add(new DataProblem(DataProblemKind.InvalidFile, path, 0, 0, string.Empty, $"{parts[0]} files belong directly in {parts[0]}/, not in a sub-folder"));
                }
            }
            else if (parts[0] == "countries" && parts.Length == 2)
            {
                ReadCountry(path, json(true));
            }
            else if (parts[0] == "facilities" && parts.Length == 3)
            {
                ReadFacility(path, parts[1], json(true));
            }
            else if (parts[0] == "policies" && parts.Length == 3)
            {
                ReadPolicy(path, parts[1], json(true));
            }
            else if (parts[0] == "standards" && parts.Length == 2)
            {
                ReadStandard(path, json(false));
            }
            else
            {
                log.Add(new DataProblem(DataProblemKind.InvalidFile, path, 0, 0, string.Empty, "no data file belongs here; expected metrics/<id>.json, sources/<group>.json, countries/<ISO3>.json, facilities/<ISO3>/<id>.json or policies/<ISO3>/<id>.json or standards/<id>.json"));
            }
        }
#if NET

        /// <summary>
        /// The fast path: the same steps as <see cref="Run"/>, each file parsed when it is read (so that only one file's
        /// raw claims are held at a time), every problem ending the attempt (<see cref="ProblemLog"/> throws).
        /// </summary>
        private PolicyReference RunFast(IReadOnlyList<DataFile> files, List<DataFile> dataFiles, string defaultVersion)
        {
            foreach (var file in dataFiles.Where(f => f.Path.StartsWith("metrics/", StringComparison.Ordinal)))
            {
                ReadMetric(file.Path, fast!.Read(file, false, out _));
            }

            foreach (var file in dataFiles.Where(f => f.Path.StartsWith("sources/", StringComparison.Ordinal)))
            {
                ReadSources(file.Path, fast!.Read(file, false, out _));
            }

            foreach (var file in dataFiles)
            {
                ReadEntity(file.Path, hasClaims =>
                {
                    var json = fast!.Read(file, hasClaims, out var raw);
                    rawClaims = raw;
                    return json;
                });
                rawClaims = null;
            }

            CheckReferences();
            if (!log.IsEmpty)
            {
                throw new FastPathAbandonedException();
            }

            return Build(version ?? defaultVersion, DataManifest.HashOfSet(files));
        }

        /// <summary>The claims of the file being read, checked as <see cref="ReadClaim"/> checks them; any problem gives up.</summary>
        private ClaimSet ReadRawClaims(string file, SubjectKind kind, string subjectId)
        {
            var raw = rawClaims;
            if (raw is null || raw.Count == 0)
            {
                return raw is null ? ClaimSet.Empty : new ClaimSet(Array.Empty<Claim>());
            }

            var list = new Claim[raw.Count];
            for (var i = 0; i < raw.Count; i++)
            {
                var claim = FromRaw(raw[i], kind, subjectId);
                list[i] = claim;
                claims.Add((claim, null, file));
            }

            return new ClaimSet(list);
        }

        private Claim FromRaw(RawClaim raw, SubjectKind kind, string subjectId)
        {
            if (raw.Metric is null || raw.Unit is null || raw.Period is null || raw.Source is null || !raw.HasValue)
            {
                throw new FastPathAbandonedException();
            }

            var flags = raw.Flags;
            var derivedFrom = raw.DerivedFrom.IsDefault ? ImmutableArray<string>.Empty : raw.DerivedFrom;
            if (((flags & ClaimFlags.Derived) != 0) == derivedFrom.IsEmpty
                || ((flags & ClaimFlags.LowerBound) != 0 && (flags & ClaimFlags.UpperBound) != 0))
            {
                throw new FastPathAbandonedException();
            }

            var period = Period(raw.Period);
            if (period.Start > latestAllowedStart && (flags & ClaimFlags.Planned) == 0)
            {
                throw new FastPathAbandonedException();
            }

            if (!units.TryGetValue(raw.Unit, out var unit))
            {
                if (!Unit.TryParse(raw.Unit, out unit) || raw.Unit == "money")
                {
                    throw new FastPathAbandonedException();
                }

                units[raw.Unit] = unit;
            }

            ClaimValue value;
            switch (unit.Kind)
            {
                case UnitKind.Date:
                    var date = raw.ValueText is null ? null : Period(raw.ValueText);
                    value = date is null || date.Precision == PeriodPrecision.Interval ? throw new FastPathAbandonedException() : ClaimValue.FromDate(date);
                    break;
                case UnitKind.Category:
                    value = string.IsNullOrEmpty(raw.ValueText) ? throw new FastPathAbandonedException() : ClaimValue.FromCategory(raw.ValueText!);
                    break;
                default:
                    value = raw.ValueIsNumber ? ClaimValue.FromNumber(raw.ValueNumber) : throw new FastPathAbandonedException();
                    break;
            }

            if (!metricIds.TryGetValue(raw.Metric, out var metric))
            {
                metric = MetricId.IsWellFormed(raw.Metric) ? new MetricId(raw.Metric) : throw new FastPathAbandonedException();
                metricIds[raw.Metric] = metric;
            }

            ClaimPart? part = null;
            if (raw.Part is not null || raw.PartLabel is not null || raw.PartOf is not null)
            {
                part = raw.Part is not null && Vocabulary.PartKinds.TryGetValue(raw.Part, out var partKind) && !string.IsNullOrWhiteSpace(raw.PartLabel)
                    ? new ClaimPart(partKind, raw.PartLabel!, raw.PartOf is null ? null : Period(raw.PartOf))
                    : throw new FastPathAbandonedException();
            }

            ClaimDoubt? doubt = raw.Doubt is null ? null : Vocabulary.Doubts.TryGetValue(raw.Doubt, out var d) ? d : throw new FastPathAbandonedException();
            if (raw.Definition is not null && !MetricId.IsWellFormed(raw.Definition))
            {
                throw new FastPathAbandonedException();
            }

            return new Claim(kind, subjectId, metric, value, unit, period, raw.Source, raw.Note, flags, derivedFrom, raw.Definition, part, doubt, null);
        }

        /// <summary>A period, parsed once per distinct text of the load and shared (periods are immutable values).</summary>
        private ReferencePeriod Period(string text)
        {
            if (!periods.TryGetValue(text, out var period))
            {
                period = ReferencePeriod.TryParse(text, out var parsed) ? parsed : throw new FastPathAbandonedException();
                periods[text] = period;
            }

            return period;
        }
#endif

        private void ReadVersion(DataFile file)
        {
            var content = JsonDocumentReader.ReadContent(file, log);
            if (content is null)
            {
                return;
            }

            var text = Encoding.UTF8.GetString(content).Trim();

            if (text.Length == 0 || text.Length > 40 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                log.Add(new DataProblem(DataProblemKind.InvalidValue, file.Path, 1, 1, string.Empty, "VERSION must hold one short version label, such as 2026.1"));
                return;
            }

            version = text;
        }

        private void ReadMetric(string file, JToken json)
        {
            var r = new FieldReader(log, file, json, "a metric", MetricFields);
            if (!r.IsValid)
            {
                return;
            }

            var id = ReadId(r, file, IdFromFileName(file), "metric");
            var name = r.String("name", true);
            var unitText = r.String("unit", true);
            var temporality = r.Enum("temporal", true, Vocabulary.Temporalities);
            var definition = r.String("definition", true);
            var comparability = r.String("comparability", false);
            var appliesTo = SubjectKinds.None;
            foreach (var kind in r.Strings("appliesTo", true))
            {
                if (Vocabulary.SubjectKindNames.TryGetValue(kind, out var subject))
                {
                    appliesTo |= MetricDefinition.ToFlag(subject);
                }
                else
                {
                    r.Report(DataProblemKind.InvalidValue, r.Token("appliesTo"), $"'appliesTo' lists '{kind}'; expected country, facility or policy");
                }
            }

            if (appliesTo == SubjectKinds.None && r.Token("appliesTo") is JArray)
            {
                r.Report(DataProblemKind.InvalidValue, r.Token("appliesTo"), "'appliesTo' must name at least one of country, facility, policy");
            }

            Unit? unit = null;
            if (unitText is not null && (!Unit.TryParse(unitText, out unit) || (unit.Kind == UnitKind.Money && unit.Currency is not null)))
            {
                r.Report(DataProblemKind.InvalidValue, r.Token("unit"), $"'unit' is '{unitText}'; expected one of count, per-100k, percent, m, km, m2, ha, V, h, h/day, money, date, category");
                unit = null;
            }

            var min = Number(r, "min");
            var max = Number(r, "max");
            var tolerance = Number(r, "tolerance");
            if (min is not null && max is not null && min > max)
            {
                r.Report(DataProblemKind.InvalidValue, r.Token("min"), $"'min' ({min}) is greater than 'max' ({max})");
            }

            if (tolerance is not null && (tolerance < 0m || tolerance >= 1m))
            {
                r.Report(DataProblemKind.OutOfRange, r.Token("tolerance"), $"'tolerance' is {tolerance}; expected a relative difference from 0 up to (not including) 1");
            }

            var categories = ImmutableArray.CreateBuilder<MetricCategory>();
            var categoryArray = r.Array("categories", unit?.Kind == UnitKind.Category);
            if (categoryArray is not null)
            {
                if (unit is not null && unit.Kind != UnitKind.Category)
                {
                    r.Report(DataProblemKind.InvalidValue, categoryArray, "'categories' is only for metrics whose unit is 'category'");
                }

                foreach (var item in categoryArray)
                {
                    var c = new FieldReader(log, file, item, "a category", CategoryFields);
                    var categoryId = c.String("id", true);
                    var description = c.String("description", true);
                    if (categoryId is not null && description is not null)
                    {
                        if (categories.Any(x => x.Id == categoryId))
                        {
                            c.Report(DataProblemKind.DuplicateId, c.Token("id"), $"category '{categoryId}' is listed twice");
                        }

                        categories.Add(new MetricCategory(categoryId, description));
                    }
                }
            }

            var measure = r.Enum("measure", false, Vocabulary.Measures);
            var definitionSource = r.String("definitionSource", false);
            if (definitionSource is not null)
            {
                sourceReferences.Add((definitionSource, r.Token("definitionSource"), file, "metric definition"));
            }

            var variants = ImmutableArray.CreateBuilder<MetricVariant>();
            var variantArray = r.Array("variants", false);
            if (variantArray is not null)
            {
                foreach (var item in variantArray)
                {
                    var v = new FieldReader(log, file, item, "a metric variant", VariantFields);
                    if (!v.IsValid)
                    {
                        continue;
                    }

                    var variantId = ReadId(v, file, null, "variant");
                    var variantName = v.String("name", true);
                    var description = v.String("description", true);
                    var variantSource = v.String("source", true);
                    if (variantSource is not null)
                    {
                        sourceReferences.Add((variantSource, v.Token("source"), file, "metric variant"));
                    }

                    if (variantId is not null && variants.Any(x => x.Id == variantId))
                    {
                        v.Report(DataProblemKind.DuplicateId, v.Token("id"), $"variant '{variantId}' is listed twice");
                    }
                    else if (variantId is not null && variantName is not null && description is not null && variantSource is not null)
                    {
                        variants.Add(new MetricVariant(variantId, variantName, description, variantSource));
                    }
                }
            }

            if (id is null || name is null || unit is null || temporality is null || definition is null)
            {
                return;
            }

            var metricId = new MetricId(id);
            if (metrics.ContainsKey(metricId) || (baseSet?.TryGetMetric(metricId, out _) ?? false))
            {
                r.Report(DataProblemKind.DuplicateId, r.Token("id"), $"metric '{id}' is already defined{(metrics.ContainsKey(metricId) ? string.Empty : " by the base data set")}");
                return;
            }

            metrics[metricId] = new MetricDefinition(metricId, name, appliesTo, unit, temporality.Value, definition, comparability, min, max, tolerance ?? 0m, categories.ToImmutable(), measure ?? MetricMeasure.Stock, definitionSource, variants.ToImmutable());
        }

        private void ReadSources(string file, JToken json)
        {
            var root = new FieldReader(log, file, json, "a source file", "sources");
            var array = root.Array("sources", true);
            if (array is null)
            {
                return;
            }

            foreach (var item in array)
            {
                var r = new FieldReader(log, file, item, "a source", SourceFields);
                if (!r.IsValid)
                {
                    continue;
                }

                var id = ReadId(r, file, null, "source");
                var publisher = r.String("publisher", true);
                var title = r.String("title", true);
                var url = r.String("url", false);
                var published = r.Date("published", false);
                var accessed = r.Date("accessed", true);
                var kind = r.Enum("kind", true, Vocabulary.SourceKinds);
                var language = r.String("language", false);
                var via = r.String("via", false);
                var license = r.String("license", false);
                var republishes = r.String("republishes", false);
                if (republishes is not null && !MetricId.IsWellFormed(republishes))
                {
                    r.Report(DataProblemKind.InvalidId, r.Token("republishes"), $"'republishes' is '{republishes}'; expected the id of the origin it re-publishes (a source id, or an origin such as 'afp' or 'efe'), in lower-kebab-case");
                }
                if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")))
                {
                    r.Report(DataProblemKind.InvalidValue, r.Token("url"), $"'url' is '{url}'; expected an absolute http or https address");
                }

                if (language is not null && (language.Length != 2 || !language.All(ch => ch >= 'a' && ch <= 'z')))
                {
                    r.Report(DataProblemKind.InvalidValue, r.Token("language"), $"'language' is '{language}'; expected an ISO 639-1 code such as 'en' or 'es'");
                }

                if (published is not null && accessed is not null && published > accessed)
                {
                    r.Report(DataProblemKind.InvalidPeriod, r.Token("published"), $"'published' ({published:uuuu-MM-dd}) is after 'accessed' ({accessed:uuuu-MM-dd})");
                }

                if (accessed is not null && accessed > latestAllowedStart)
                {
                    r.Report(DataProblemKind.InvalidPeriod, r.Token("accessed"), $"'accessed' ({accessed:uuuu-MM-dd}) is in the future");
                }

                if (id is null || publisher is null || title is null || accessed is null || kind is null)
                {
                    continue;
                }

                if (sources.ContainsKey(id) || (baseSet?.TryGetSource(id, out _) ?? false))
                {
                    r.Report(DataProblemKind.DuplicateId, r.Token("id"), $"source '{id}' is already defined{(sources.ContainsKey(id) ? " in " + definedIn["source:" + id] : " by the base data set")}");
                    continue;
                }

                definedIn["source:" + id] = file;
                sources[id] = new Source(id, publisher, title, url, published, accessed.Value, kind.Value, language, via, license, republishes);
            }
        }

        private void ReadCountry(string file, JToken json)
        {
            var r = new FieldReader(log, file, json, "a country", CountryFields);
            if (!r.IsValid)
            {
                return;
            }

            var idText = r.String("id", true);
            var name = r.String("name", true);
            var m49 = r.String("m49", false);
            var region = r.String("region", true);
            var regionCode = r.String("regionCode", true);
            if (m49 is not null && (m49.Length != 3 || !m49.All(char.IsDigit)))
            {
                r.Report(DataProblemKind.InvalidValue, r.Token("m49"), $"'m49' is '{m49}'; expected a three-digit UN M49 code such as '222'");
            }

            if (regionCode is not null && (regionCode.Length != 3 || !regionCode.All(char.IsDigit)))
            {
                r.Report(DataProblemKind.InvalidValue, r.Token("regionCode"), $"'regionCode' is '{regionCode}'; expected a three-digit UN M49 region code such as '013'");
            }

            CountryCode? code = null;
            if (idText is not null)
            {
                if (!CountryCode.IsWellFormed(idText))
                {
                    r.Report(DataProblemKind.InvalidId, r.Token("id"), $"country id '{idText}' is not an ISO 3166-1 alpha-3 code in capitals (such as 'SLV')");
                }
                else if (idText != IdFromFileName(file))
                {
                    r.Report(DataProblemKind.InvalidId, r.Token("id"), $"country id '{idText}' does not match the file name; expected the file countries/{idText}.json");
                }
                else
                {
                    code = new CountryCode(idText);
                }
            }

            var claimSet = ReadClaims(r, SubjectKind.Country, code?.Value ?? idText ?? "?");
            if (code is null || name is null || region is null || regionCode is null)
            {
                return;
            }

            if (countries.ContainsKey(code.Value))
            {
                r.Report(DataProblemKind.DuplicateId, r.Token("id"), $"country '{code}' is defined twice");
                return;
            }

            countries[code.Value] = new Country(code.Value, name, m49, region, regionCode, claimSet);
        }

        private void ReadFacility(string file, string folder, JToken json)
        {
            var r = new FieldReader(log, file, json, "a facility", FacilityFields);
            if (!r.IsValid)
            {
                return;
            }

            var id = ReadId(r, file, IdFromFileName(file), "facility");
            var name = r.String("name", true);
            var aliases = ReadAliases(r);
            var country = ReadCountryReference(r, "country", folder);
            var locality = r.String("locality", false);
            var admin1 = r.String("admin1", false);
            var sourceIds = ReadSourceList(r, "facility");
            var claimSet = ReadClaims(r, SubjectKind.Facility, id ?? "?");
            if (id is null || name is null || country is null)
            {
                return;
            }

            if (!Define("facility:" + id, file, r))
            {
                return;
            }

            facilities[id] = new Facility(id, name, aliases, country.Value, locality, admin1, sourceIds, claimSet);
        }

        private void ReadPolicy(string file, string folder, JToken json)
        {
            var r = new FieldReader(log, file, json, "a policy", PolicyFields);
            if (!r.IsValid)
            {
                return;
            }

            var id = ReadId(r, file, IdFromFileName(file), "policy");
            var country = ReadCountryReference(r, "country", folder);
            var name = r.String("name", true);
            var aliases = ReadAliases(r);
            var kind = r.Enum("kind", true, Vocabulary.PolicyKinds);
            var start = r.Date("start", true);
            var end = r.Date("end", false);
            var summary = r.String("summary", true);
            var instrument = r.String("instrument", false);
            var sourceIds = ReadSourceList(r, "policy");
            var provisions = ImmutableArray.CreateBuilder<PolicyProvision>();
            foreach (var item in r.Array("provisions", false) ?? new JArray())
            {
                var p = new FieldReader(log, file, item, "a policy provision", ProvisionFields);
                var provisionKind = p.Enum("kind", true, Vocabulary.ProvisionKinds);
                var text = p.String("description", true);
                var source = p.String("source", true);
                if (source is not null)
                {
                    sourceReferences.Add((source, p.Token("source"), file, "provision"));
                }

                if (provisionKind is not null && text is not null && source is not null)
                {
                    provisions.Add(new PolicyProvision(provisionKind.Value, text, source));
                }
            }

            if (start is not null && end is not null && end < start)
            {
                r.Report(DataProblemKind.InvalidPeriod, r.Token("end"), $"'end' ({end:uuuu-MM-dd}) is before 'start' ({start:uuuu-MM-dd})");
            }

            var events = ImmutableArray.CreateBuilder<PolicyEvent>();
            foreach (var item in r.Array("events", false) ?? new JArray())
            {
                var e = new FieldReader(log, file, item, "a policy event", EventFields);
                var date = e.Date("date", true);
                var eventKind = e.Enum("kind", true, Vocabulary.EventKinds);
                var description = e.String("description", true);
                var source = e.String("source", true);
                if (source is not null)
                {
                    sourceReferences.Add((source, e.Token("source"), file, "event"));
                }

                if (date is not null && eventKind is not null && description is not null && source is not null)
                {
                    events.Add(new PolicyEvent(date.Value, eventKind.Value, description, source));
                }
            }

            var claimSet = ReadClaims(r, SubjectKind.Policy, id ?? "?");
            if (id is null || country is null || name is null || kind is null || start is null || summary is null)
            {
                return;
            }

            if (!Define("policy:" + id, file, r))
            {
                return;
            }

            var ordered = events.OrderBy(e => e.Date).ToImmutableArray();
            policies[id] = new Policy(id, country.Value, name, aliases, kind.Value, start.Value, end, summary, instrument, provisions.ToImmutable(), sourceIds, ordered, claimSet);
        }

        private void ReadStandard(string file, JToken json)
        {
            var r = new FieldReader(log, file, json, "a standard", StandardFields);
            if (!r.IsValid)
            {
                return;
            }

            var id = ReadId(r, file, IdFromFileName(file), "standard");
            var name = r.String("name", true);
            var edition = r.String("edition", true);
            var sourceIds = ReadSourceList(r, "standard");
            var rules = ImmutableArray.CreateBuilder<StandardRule>();
            foreach (var item in r.Array("rules", true) ?? new JArray())
            {
                var x = new FieldReader(log, file, item, "a standard rule", RuleFields);
                var ruleId = x.String("id", true);
                var number = x.String("number", true);
                var summary = x.String("summary", true);
                var check = x.Enum("check", true, Vocabulary.RuleChecks);
                var single = Number(x, "singleCellThreshold");
                var shared = Number(x, "sharedCellThreshold");
                var source = x.String("source", true);
                if (source is not null)
                {
                    sourceReferences.Add((source, x.Token("source"), file, "rule"));
                }

                if (check == RuleCheck.MinimumLivingSpace && single is null && shared is null)
                {
                    x.Report(DataProblemKind.MissingField, x.Token("check"), "a 'minimum-living-space' rule needs 'singleCellThreshold' or 'sharedCellThreshold' (square metres)");
                }

                if (check is not null && check != RuleCheck.MinimumLivingSpace && (single is not null || shared is not null))
                {
                    x.Report(DataProblemKind.InvalidValue, x.Token("singleCellThreshold") ?? x.Token("sharedCellThreshold"), "thresholds are only for 'minimum-living-space' rules");
                }

                if (ruleId is not null && rules.Any(existing => existing.Id == ruleId))
                {
                    x.Report(DataProblemKind.DuplicateId, x.Token("id"), $"rule '{ruleId}' is listed twice");
                }
                else if (ruleId is not null && number is not null && summary is not null && check is not null && source is not null)
                {
                    rules.Add(new StandardRule(ruleId, number, summary, check.Value, single, shared, source));
                }
            }

            if (id is null || name is null || edition is null || !Define("standard:" + id, file, r))
            {
                return;
            }

            standards[id] = new Standard(id, name, edition, sourceIds, rules.ToImmutable());
        }

        private ClaimSet ReadClaims(FieldReader owner, SubjectKind kind, string subjectId)
        {
#if NET
            if (fast is not null)
            {
                return ReadRawClaims(owner.File, kind, subjectId);
            }

#endif
            var array = owner.Array("claims", false);
            if (array is null)
            {
                return ClaimSet.Empty;
            }

            var list = new List<Claim>();
            foreach (var item in array)
            {
                var claim = ReadClaim(owner.File, item, kind, subjectId);
                if (claim is not null)
                {
                    list.Add(claim);
                    claims.Add((claim, (JObject)item, owner.File));
                }
            }

            return new ClaimSet(list);
        }

        private Claim? ReadClaim(string file, JToken item, SubjectKind kind, string subjectId)
        {
            var r = new FieldReader(log, file, item, "a claim", ClaimFields);
            if (!r.IsValid)
            {
                return null;
            }

            var metricText = r.String("metric", true);
            var unitText = r.String("unit", true);
            var periodText = r.String("period", true);
            var source = r.String("source", true);
            var note = r.String("note", false);
            var derivedFrom = r.Strings("derivedFrom", false);
            var flags = ClaimFlags.None;
            foreach (var flag in r.Strings("flags", false))
            {
                if (Vocabulary.Flags.TryGetValue(flag, out var flagValue))
                {
                    flags |= flagValue;
                }
                else
                {
                    r.Report(DataProblemKind.InvalidValue, r.Token("flags"), $"unknown flag '{flag}'; expected any of: {string.Join(", ", Vocabulary.Flags.Keys)}.{NearestIds.Hint(flag, Vocabulary.Flags.Keys)}");
                }
            }

            if ((flags & ClaimFlags.Derived) != 0 && derivedFrom.IsEmpty)
            {
                r.Report(DataProblemKind.MissingField, r.Token("flags"), "a claim flagged 'derived' must name what it was derived from in 'derivedFrom'");
            }

            if ((flags & ClaimFlags.Derived) == 0 && !derivedFrom.IsEmpty)
            {
                r.Report(DataProblemKind.InvalidValue, r.Token("derivedFrom"), "'derivedFrom' is only for claims flagged 'derived'");
            }

            if ((flags & ClaimFlags.LowerBound) != 0 && (flags & ClaimFlags.UpperBound) != 0)
            {
                r.Report(DataProblemKind.InvalidValue, r.Token("flags"), "a claim cannot be both 'lower-bound' and 'upper-bound'; a range is two claims");
            }

            ReferencePeriod? period = null;
            if (periodText is not null && !ReferencePeriod.TryParse(periodText, out period, out var periodError))
            {
                r.Report(DataProblemKind.InvalidPeriod, r.Token("period"), periodError!);
            }

            if (period is not null && period.Start > latestAllowedStart && (flags & ClaimFlags.Planned) == 0)
            {
                r.Report(DataProblemKind.InvalidPeriod, r.Token("period"), $"the period {period} starts more than a year after the load date; a future figure must be flagged 'planned'");
            }

            Unit? unit = null;
            if (unitText is not null && !Unit.TryParse(unitText, out unit))
            {
                r.Report(DataProblemKind.UnitMismatch, r.Token("unit"), $"unknown unit '{unitText}'; expected count, per-100k, percent, m, km, m2, ha, V, h, h/day, date, category or an ISO 4217 currency code");
            }

            if (unitText == "money")
            {
                r.Report(DataProblemKind.UnitMismatch, r.Token("unit"), "a money claim gives its currency as the unit, such as 'USD'");
                unit = null;
            }

            var value = ReadValue(r, unit);
            MetricId? metric = null;
            if (metricText is not null)
            {
                if (MetricId.IsWellFormed(metricText))
                {
                    metric = new MetricId(metricText);
                }
                else
                {
                    r.Report(DataProblemKind.InvalidId, r.Token("metric"), $"'{metricText}' is not a metric id (lower-kebab-case)");
                }
            }

            var definition = r.String("definition", false);
            if (definition is not null && !MetricId.IsWellFormed(definition))
            {
                r.Report(DataProblemKind.InvalidId, r.Token("definition"), $"'definition' is '{definition}'; expected the id of a variant of the metric (lower-kebab-case)");
                definition = null;
            }

            var part = ReadPart(r);
            var doubt = r.Enum("doubt", false, Vocabulary.Doubts);
            if (metric is null || unit is null || period is null || source is null || value is null)
            {
                if (source is not null)
                {
                    sourceReferences.Add((source, r.Token("source"), file, "claim"));
                }

                return null;
            }

            return new Claim(kind, subjectId, metric.Value, value, unit, period, source, note, flags, derivedFrom, definition, part, doubt, null);
        }

        /// <summary>A claim's part (<c>part</c>, <c>partLabel</c> and the optional <c>partOf</c>), or null when it counts the whole.</summary>
        private static ClaimPart? ReadPart(FieldReader r)
        {
            var kind = r.Enum("part", false, Vocabulary.PartKinds);
            var label = r.String("partLabel", false);
            var whole = r.String("partOf", false);
            ReferencePeriod? wholePeriod = null;
            if (whole is not null && !ReferencePeriod.TryParse(whole, out wholePeriod, out var error))
            {
                r.Report(DataProblemKind.InvalidPeriod, r.Token("partOf"), $"'partOf' names the period of the whole: {error}");
            }

            if (r.Token("part") is null && (label is not null || whole is not null))
            {
                r.Report(DataProblemKind.MissingField, r.Token(label is not null ? "partLabel" : "partOf"), "'partLabel' and 'partOf' describe a part; name its kind in 'part' (per-module, per-section, per-corps, per-shift, per-nationality, per-flight, per-month or per-region)");
                return null;
            }

            if (r.Token("part") is not null && string.IsNullOrWhiteSpace(label))
            {
                r.Report(DataProblemKind.MissingField, r.Token("part"), "a part must say which part it is in 'partLabel' (such as \"soldiers\" or \"High Security Unit\")");
                return null;
            }

            return kind is null || label is null ? null : new ClaimPart(kind.Value, label, wholePeriod);
        }

        private ClaimValue? ReadValue(FieldReader r, Unit? unit)
        {
            var token = r.Token("value");
            if (token is null || token.Type == JTokenType.Null)
            {
                r.Report(DataProblemKind.MissingField, token, "required field 'value' is missing");
                return null;
            }

            if (unit is null)
            {
                return null;
            }

            switch (unit.Kind)
            {
                case UnitKind.Date:
                    var text = token.Type == JTokenType.String ? (string)token! : null;
                    if (text is null || !ReferencePeriod.TryParse(text, out var date) || date.Precision == PeriodPrecision.Interval)
                    {
                        r.Report(DataProblemKind.InvalidValue, token, $"a 'date' value must be a valid date string: a day (yyyy-MM-dd), a month (yyyy-MM) or a year (yyyy); found {FieldReader.Describe(token)}");
                        return null;
                    }

                    return ClaimValue.FromDate(date);
                case UnitKind.Category:
                    if (token.Type != JTokenType.String || ((string)token!).Length == 0)
                    {
                        r.Report(DataProblemKind.InvalidValue, token, $"a 'category' value must be a category id string, found {FieldReader.Describe(token)}");
                        return null;
                    }

                    return ClaimValue.FromCategory((string)token!);
                default:
                    if (token is not JValue scalar)
                    {
                        r.Report(DataProblemKind.InvalidValue, token, $"a value in '{unit.Symbol}' must be a JSON number, found {FieldReader.Describe(token)}");
                        return null;
                    }

                    var value = scalar.Value;
                    if (token.Type == JTokenType.Integer && value is BigInteger)
                    {
                        r.Report(DataProblemKind.OutOfRange, token, $"the number {token} is too large to be a figure");
                        return null;
                    }

                    if (token.Type != JTokenType.Integer && token.Type != JTokenType.Float)
                    {
                        r.Report(DataProblemKind.InvalidValue, token, $"a value in '{unit.Symbol}' must be a JSON number, found {FieldReader.Describe(token)}");
                        return null;
                    }

                    return ClaimValue.FromNumber(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        private void CheckReferences()
        {
            var allMetricIds = metrics.Keys.Select(k => k.Value).Concat(baseSet?.Metrics.Select(m => m.Id.Value) ?? Enumerable.Empty<string>()).ToList();
            foreach (var (claim, at, file) in claims)
            {
                sourceReferences.Add((claim.SourceId, at?["source"], file, "claim"));
                var metric = FindMetric(claim.Metric);
                if (metric is null)
                {
                    log.Add(DataProblemKind.UnknownReference, file, at?["metric"], $"unknown metric '{claim.Metric}'; metrics are defined in metrics/<id>.json.{NearestIds.Hint(claim.Metric.Value, allMetricIds)}");
                    continue;
                }

                if (!metric.AppliesToKind(claim.SubjectKind))
                {
                    log.Add(DataProblemKind.MetricNotApplicable, file, at?["metric"], $"metric '{metric.Id}' does not apply to a {claim.SubjectKind.ToString().ToLowerInvariant()}; it applies to: {metric.AppliesTo.ToString().ToLowerInvariant()}");
                }

                if (!metric.Unit.Accepts(claim.Unit))
                {
                    var expected = metric.Unit.Kind == UnitKind.Money ? "an ISO 4217 currency code such as 'USD'" : $"'{metric.Unit.Symbol}'";
                    log.Add(DataProblemKind.UnitMismatch, file, at?["unit"], $"unit '{claim.Unit}' does not match metric '{metric.Id}', whose unit is {expected}");
                    continue;
                }

                if (claim.Definition is not null && metric.FindVariant(claim.Definition) is null)
                {
                    log.Add(DataProblemKind.UnknownReference, file, at?["definition"], metric.Variants.IsEmpty
                        ? $"metric '{metric.Id}' has no variants; a claim of its standard definition names none"
                        : $"'{claim.Definition}' is not a variant of metric '{metric.Id}'; expected one of: {string.Join(", ", metric.Variants.Select(v => v.Id))}.{NearestIds.Hint(claim.Definition, metric.Variants.Select(v => v.Id))}");
                }

                if (claim.Value.Kind == ClaimValueKind.Category && !metric.HasCategory(claim.Value.Category))
                {
                    log.Add(DataProblemKind.UnknownReference, file, at?["value"], $"'{claim.Value.Category}' is not a category of metric '{metric.Id}'; expected one of: {string.Join(", ", metric.Categories.Select(c => c.Id))}.{NearestIds.Hint(claim.Value.Category, metric.Categories.Select(c => c.Id))}");
                }

                if (claim.Value.Kind == ClaimValueKind.Number)
                {
                    var number = claim.Value.Number;
                    if ((metric.Minimum is not null && number < metric.Minimum) || (metric.Maximum is not null && number > metric.Maximum))
                    {
                        log.Add(DataProblemKind.OutOfRange, file, at?["value"], $"{number} is outside the plausible range of metric '{metric.Id}' ({metric.Minimum?.ToString() ?? "-∞"} to {metric.Maximum?.ToString() ?? "∞"} {metric.Unit})");
                    }
                }
            }

            var allSourceIds = sources.Keys.Concat(baseSet?.Sources.Select(s => s.Id) ?? Enumerable.Empty<string>()).ToList();
            foreach (var (id, at, file, what) in sourceReferences)
            {
                if (!sources.ContainsKey(id) && !(baseSet?.TryGetSource(id, out _) ?? false))
                {
                    log.Add(DataProblemKind.UnknownReference, file, at, $"the {what} cites unknown source '{id}'; sources are defined in sources/<group>.json.{NearestIds.Hint(id, allSourceIds)}");
                }
            }

            var allCountryIds = countries.Keys.Select(c => c.Value).Concat(baseSet?.Countries.Select(c => c.Id) ?? Enumerable.Empty<string>()).ToList();
            foreach (var (code, at, file) in countryReferences)
            {
                if (!countries.ContainsKey(code) && !(baseSet?.TryGetCountry(code, out _) ?? false))
                {
                    log.Add(DataProblemKind.UnknownReference, file, at, $"unknown country '{code}'; countries are defined in countries/<ISO3>.json.{NearestIds.Hint(code.Value, allCountryIds)}");
                }
            }
        }

        private MetricDefinition? FindMetric(MetricId id)
        {
            if (metrics.TryGetValue(id, out var metric))
            {
                return metric;
            }

            return baseSet is not null && baseSet.TryGetMetric(id, out var fromBase) ? fromBase : null;
        }

        private PolicyReference Build(string dataVersion, string dataHash)
        {
            // The plausibility screens mark suspect claims once, when the set is built; the snapshot stores the marks.
            var metricsById = metrics.Values.Concat(baseSet?.Metrics ?? Enumerable.Empty<MetricDefinition>()).GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
            foreach (var code in countries.Keys.ToList())
            {
                var c = countries[code];
                var screened = PlausibilityScreens.Apply(c.Claims.Items, metricsById);
                if (screened == c.Claims.Items)
                {
                    continue;
                }

                countries[code] = new Country(c.Code, c.Name, c.M49, c.Region, c.RegionCode, new ClaimSet(screened));
            }

            foreach (var id in facilities.Keys.ToList())
            {
                var f = facilities[id];
                var screened = PlausibilityScreens.Apply(f.Claims.Items, metricsById);
                if (screened == f.Claims.Items)
                {
                    continue;
                }

                facilities[id] = new Facility(f.Id, f.Name, f.Aliases, f.Country, f.Locality, f.Admin1, f.SourceIds, new ClaimSet(screened));
            }

            foreach (var id in policies.Keys.ToList())
            {
                var p = policies[id];
                var screened = PlausibilityScreens.Apply(p.Claims.Items, metricsById);
                if (screened == p.Claims.Items)
                {
                    continue;
                }

                policies[id] = new Policy(p.Id, p.Country, p.Name, p.Aliases, p.PolicyKind, p.Start, p.End, p.Summary, p.Instrument, p.Provisions, p.SourceIds, p.Events, new ClaimSet(screened));
            }

            if (baseSet is null)
            {
                return new PolicyReference(dataVersion, dataHash, metrics.Values, sources.Values, countries.Values, facilities.Values, policies.Values, standards.Values);
            }

            // An overlay entity replaces the base entity with the same id; definitions only add.
            return new PolicyReference(
                version is null ? baseSet.DataVersion + "+local" : baseSet.DataVersion + "+" + version,
                DataManifest.HashOf(System.Text.Encoding.UTF8.GetBytes(baseSet.DataHash + "\n" + dataHash)),
                baseSet.Metrics.Concat(metrics.Values),
                baseSet.Sources.Concat(sources.Values),
                baseSet.Countries.Where(c => !countries.ContainsKey(c.Code)).Concat(countries.Values),
                baseSet.Facilities.Where(f => !facilities.ContainsKey(f.Id)).Concat(facilities.Values),
                baseSet.Policies.Where(p => !policies.ContainsKey(p.Id)).Concat(policies.Values),
                baseSet.Standards.Where(x => !standards.ContainsKey(x.Id)).Concat(standards.Values));
        }

        private string? ReadId(FieldReader r, string file, string? expected, string what)
        {
            var id = r.String("id", true);
            if (id is null)
            {
                return null;
            }

            if (!MetricId.IsWellFormed(id))
            {
                r.Report(DataProblemKind.InvalidId, r.Token("id"), $"{what} id '{id}' is not lower-kebab-case (letters a-z, digits and single hyphens)");
                return null;
            }

            if (expected is not null && id != expected)
            {
                r.Report(DataProblemKind.InvalidId, r.Token("id"), $"{what} id '{id}' does not match the file name '{expected}.json'");
                return null;
            }

            return id;
        }

        private CountryCode? ReadCountryReference(FieldReader r, string field, string folder)
        {
            var text = r.String(field, true);
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
            countryReferences.Add((code, r.Token(field), r.File));
            return code;
        }

        private ImmutableArray<string> ReadSourceList(FieldReader r, string what)
        {
            var ids = r.Strings("sources", false);
            foreach (var id in ids)
            {
                sourceReferences.Add((id, r.Token("sources"), r.File, what));
            }

            return ids;
        }

        private ImmutableArray<Alias> ReadAliases(FieldReader r)
        {
            var builder = ImmutableArray.CreateBuilder<Alias>();
            foreach (var item in r.Array("aliases", false) ?? new JArray())
            {
                var a = new FieldReader(log, r.File, item, "an alias", AliasFields);
                var name = a.String("name", true);
                var kind = a.Enum("kind", true, Vocabulary.AliasKinds);
                var language = a.String("language", false);
                if (name is not null && kind is not null)
                {
                    builder.Add(new Alias(name, kind.Value, language));
                }
            }

            return builder.ToImmutable();
        }

        private bool Define(string key, string file, FieldReader r)
        {
            if (definedIn.TryGetValue(key, out var other))
            {
                r.Report(DataProblemKind.DuplicateId, r.Token("id"), $"{key.Replace(":", " '")}' is already defined in {other}");
                return false;
            }

            definedIn[key] = file;
            return true;
        }

        private static decimal? Number(FieldReader r, string name)
        {
            var token = r.Token(name);
            if (token is null || token.Type == JTokenType.Null)
            {
                return null;
            }

            if ((token.Type != JTokenType.Integer && token.Type != JTokenType.Float) || ((JValue)token).Value is BigInteger)
            {
                r.Report(DataProblemKind.InvalidValue, token, $"'{name}' must be a number, found {FieldReader.Describe(token)}");
                return null;
            }

            return Convert.ToDecimal(((JValue)token).Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        private static string IdFromFileName(string path)
        {
            var name = path.Substring(path.LastIndexOf('/') + 1);
            return name.EndsWith(".json", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;
        }
    }
}
