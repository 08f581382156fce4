using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Data.Snapshot;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef
{
    /// <summary>
    /// A loaded, validated, immutable PolicyRef data set: metrics, sources, countries, facilities and
    /// policies with their claims. Safe to share between threads.
    /// </summary>
    public sealed partial class PolicyReference
    {
        private static readonly Lazy<PolicyReference> EmbeddedSet = new Lazy<PolicyReference>(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

        // Plain hash maps, filled here and never changed after, so reads from any thread are safe; a lookup is one hash
        // and one comparison, where an ImmutableDictionary walks a tree (the preference rule looks sources up per claim).
        private readonly Dictionary<MetricId, MetricDefinition> metricsById;
        private readonly FrozenDictionary<string, Source> sourcesById;
        private readonly Dictionary<CountryCode, Country> countriesById;
        private readonly Dictionary<string, Facility> facilitiesById;
        private readonly Dictionary<string, Policy> policiesById;

        // The few countries with a claim about publishing prison statistics, so that a ranking checks each row against a
        // small set instead of probing every country's claims a second time.
        private readonly HashSet<CountryCode> publicationClaims;

        // Each subject's claims for one metric, in subject order, built on first use: a ranking walks one array instead of
        // probing every subject's claim set (a cache miss each on a large set).
        private readonly ConcurrentDictionary<(SubjectKind Kind, MetricId Metric), ImmutableArray<Claim>[]> columns = new ConcurrentDictionary<(SubjectKind Kind, MetricId Metric), ImmutableArray<Claim>[]>();

        internal PolicyReference(string dataVersion, string dataHash, IEnumerable<MetricDefinition> metrics, IEnumerable<Source> sources, IEnumerable<Country> countries, IEnumerable<Facility> facilities, IEnumerable<Policy> policies, IEnumerable<Standard> standards)
        {
            Standards = standards.OrderBy(x => x.Id, StringComparer.Ordinal).ToImmutableArray();
            DataVersion = dataVersion;
            DataHash = dataHash;
            Metrics = metrics.OrderBy(m => m.Id).ToImmutableArray();
            Sources = sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray();
            Countries = countries.OrderBy(c => c.Code).ToImmutableArray();
            Facilities = facilities.OrderBy(f => f.Id, StringComparer.Ordinal).ToImmutableArray();
            Policies = policies.OrderBy(p => p.Id, StringComparer.Ordinal).ToImmutableArray();
            metricsById = Metrics.ToDictionary(m => m.Id);
            sourcesById = Sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
            countriesById = Countries.ToDictionary(c => c.Code);
            facilitiesById = Facilities.ToDictionary(f => f.Id, StringComparer.Ordinal);
            policiesById = Policies.ToDictionary(p => p.Id, StringComparer.Ordinal);
            publicationClaims = new HashSet<CountryCode>(Countries.Where(c => !c.Claims.For(Model.Metrics.PrisonStatisticsPublication).IsEmpty).Select(c => c.Code));
        }

        /// <summary>
        /// The data set embedded in this assembly, loaded on first use (once, thread-safely) and shared.
        /// </summary>
        public static PolicyReference Default => EmbeddedSet.Value;

        /// <summary>The data release, such as <c>2026.1</c>; a set loaded over another reads <c>2026.1+local</c>.</summary>
        public string DataVersion { get; }

        /// <summary>
        /// The SHA-256 (lower-case hex) of the data files behind this set: over "hash  path" lines sorted by path; for a set
        /// loaded over another, over the base set's hash and the overlay's files. Cite it with <see cref="DataVersion"/>
        /// to tie a result to the exact data.
        /// </summary>
        public string DataHash { get; }

        /// <summary>
        /// The directories this set (and the set it was loaded over) was read from, full paths; empty for the embedded set.
        /// Exports refuse to write into them. Set once, by <see cref="LoadDirectory(string, PolicyReference)"/>, before the
        /// set is returned.
        /// </summary>
        internal ImmutableArray<string> SourceDirectories { get; private set; } = ImmutableArray<string>.Empty;

        // Where DataHash can be checked again: the assembly the set is embedded in, or the set an overlay was loaded over.
        // Set once, by the load that creates the set, before it is returned.
        private Assembly? embeddedIn;
        private PolicyReference? builtOn;

        /// <summary>
        /// Recomputes <see cref="DataHash"/> from bytes rather than reporting the stored value: for the embedded set, every
        /// embedded data file is read, checked against the manifest the build wrote, and hashed, and the result must be the
        /// hash of the data the set was loaded from (the embedded snapshot carries it); for a set loaded over another, the
        /// base is checked the same way. A set read from a directory was hashed from the very bytes it was built from.
        /// </summary>
        /// <returns>The hash, equal to <see cref="DataHash"/>.</returns>
        /// <exception cref="PolicyDataException">An embedded file was altered after the build, or does not match the loaded data.</exception>
        public string VerifyDataHash()
        {
            if (embeddedIn is not null)
            {
                return EmbeddedIntegrity.Verify(embeddedIn, DataHash);
            }

            builtOn?.VerifyDataHash();
            return DataHash;
        }

        /// <summary>Every metric definition, in id order.</summary>
        public ImmutableArray<MetricDefinition> Metrics { get; }

        /// <summary>Every source, in id order.</summary>
        public ImmutableArray<Source> Sources { get; }

        /// <summary>Every country and jurisdiction, in code order.</summary>
        public ImmutableArray<Country> Countries { get; }

        /// <summary>Every facility, in id order.</summary>
        public ImmutableArray<Facility> Facilities { get; }

        /// <summary>Every policy, in id order.</summary>
        public ImmutableArray<Policy> Policies { get; }

        /// <summary>Every international standard, in id order.</summary>
        public ImmutableArray<Standard> Standards { get; }

        /// <summary>The sources by id, for <see cref="PreferenceRule"/> (the one index of sources: immutable, and quick enough for the queries' inner loops).</summary>
        public IReadOnlyDictionary<string, Source> SourcesById => sourcesById;

        /// <summary>Whether the country has any claim about publishing its prison statistics (withheld or not).</summary>
        internal bool HasPublicationClaims(Country country) => publicationClaims.Contains(country.Code);

        /// <summary>Each country's (or facility's) claims for a metric, in the order of <see cref="Countries"/> (or <see cref="Facilities"/>).</summary>
        internal ImmutableArray<Claim>[] Column(SubjectKind kind, MetricId metric) =>
            columns.GetOrAdd((kind, metric), key => key.Kind == SubjectKind.Country
                ? Countries.Select(c => c.Claims.For(key.Metric)).ToArray()
                : Facilities.Select(f => f.Claims.For(key.Metric)).ToArray());

        /// <summary>Every subject with claims: countries, then facilities, then policies.</summary>
        public IEnumerable<IClaimSubject> Subjects => Countries.Cast<IClaimSubject>().Concat(Facilities).Concat(Policies);

        /// <summary>Every claim of the set.</summary>
        public IEnumerable<Claim> Claims => Subjects.SelectMany(s => s.Claims);

        /// <summary>Loads a data set from a directory laid out like <c>data/</c>, on its own.</summary>
        /// <param name="path">The directory.</param>
        /// <returns>The loaded set.</returns>
        /// <exception cref="PolicyDataException">The directory or any file in it has a problem; nothing was loaded.</exception>
        public static PolicyReference LoadDirectory(string path) => LoadDirectory(path, null);

        /// <summary>
        /// Loads a data set from a directory on top of <paramref name="baseSet"/>: its files may cite the
        /// base set's metrics, sources and countries; a country, facility or policy with the id of one in
        /// the base set replaces it; metrics and sources may only be added.
        /// </summary>
        /// <param name="path">The directory.</param>
        /// <param name="baseSet">The set to build on, usually <see cref="Default"/>; null to load alone.</param>
        /// <returns>The combined set.</returns>
        /// <exception cref="PolicyDataException">The directory or any file in it has a problem; nothing was loaded.</exception>
        public static PolicyReference LoadDirectory(string path, PolicyReference? baseSet) => LoadDirectory(path, baseSet, SystemClock.Instance);

        /// <summary>
        /// Loads a data set from a directory (on top of <paramref name="baseSet"/> when given), taking "today" from
        /// <paramref name="clock"/>: a period may start at most a year after it unless its claim is flagged planned, and no
        /// source may have been accessed after that.
        /// </summary>
        /// <param name="path">The directory.</param>
        /// <param name="baseSet">The set to build on, usually <see cref="Default"/>; null to load alone.</param>
        /// <param name="clock">The clock that says what day it is (UTC); <see cref="SystemClock.Instance"/> for the real one.</param>
        /// <returns>The loaded set.</returns>
        /// <exception cref="PolicyDataException">The directory or any file in it has a problem; nothing was loaded.</exception>
        public static PolicyReference LoadDirectory(string path, PolicyReference? baseSet, IClock clock)
        {
            if (path is null || clock is null)
            {
                throw new ArgumentNullException(path is null ? nameof(path) : nameof(clock));
            }

            var problems = new List<DataProblem>();
            IReadOnlyList<DataFile> files;
            try
            {
                files = DataFiles.FromDirectory(Path.GetFullPath(path), problems);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                throw new PolicyDataException(new[] { new DataProblem(DataProblemKind.InvalidFile, path, 0, 0, string.Empty, "the data directory could not be read: " + e.Message) });
            }

            var loaded = DataSetLoader.Load(files, problems, baseSet, Today(clock), "local");
            loaded.builtOn = baseSet;
            loaded.SourceDirectories = (baseSet?.SourceDirectories ?? ImmutableArray<string>.Empty).Add(Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            return loaded;
        }

        /// <summary>Finds a country.</summary>
        /// <param name="code">Its code.</param>
        /// <returns>The country.</returns>
        /// <exception cref="KeyNotFoundException">No such country; the message names the nearest codes.</exception>
        public Country GetCountry(CountryCode code) => TryGetCountry(code, out var found) ? found : throw NotFound("country", code.Value, countriesById.Keys.Select(k => k.Value));

        /// <summary>Finds a country by code text, such as <c>SLV</c>.</summary>
        /// <param name="code">The code.</param>
        /// <returns>The country.</returns>
        /// <exception cref="KeyNotFoundException">No such country; the message names the nearest codes.</exception>
        public Country GetCountry(string code) => CountryCode.IsWellFormed(code) ? GetCountry(new CountryCode(code)) : throw NotFound("country", code, countriesById.Keys.Select(k => k.Value));

        /// <summary>Finds a country without throwing.</summary>
        /// <param name="code">Its code.</param>
        /// <param name="country">The country, when found.</param>
        /// <returns>Whether it was found.</returns>
        public bool TryGetCountry(CountryCode code, out Country country) => countriesById.TryGetValue(code, out country!);

        /// <summary>Finds a facility.</summary>
        /// <param name="id">Its id, such as <c>cecot</c>.</param>
        /// <returns>The facility.</returns>
        /// <exception cref="KeyNotFoundException">No such facility; the message names the nearest ids.</exception>
        public Facility GetFacility(string id) => TryGetFacility(id, out var found) ? found : throw NotFound("facility", id, facilitiesById.Keys);

        /// <summary>Finds a facility without throwing.</summary>
        /// <param name="id">Its id.</param>
        /// <param name="facility">The facility, when found.</param>
        /// <returns>Whether it was found.</returns>
        public bool TryGetFacility(string id, out Facility facility) => facilitiesById.TryGetValue(id ?? string.Empty, out facility!);

        /// <summary>Finds a policy.</summary>
        /// <param name="id">Its id.</param>
        /// <returns>The policy.</returns>
        /// <exception cref="KeyNotFoundException">No such policy; the message names the nearest ids.</exception>
        public Policy GetPolicy(string id) => TryGetPolicy(id, out var found) ? found : throw NotFound("policy", id, policiesById.Keys);

        /// <summary>Finds a policy without throwing.</summary>
        /// <param name="id">Its id.</param>
        /// <param name="policy">The policy, when found.</param>
        /// <returns>Whether it was found.</returns>
        public bool TryGetPolicy(string id, out Policy policy) => policiesById.TryGetValue(id ?? string.Empty, out policy!);

        /// <summary>Finds a source.</summary>
        /// <param name="id">Its id.</param>
        /// <returns>The source.</returns>
        /// <exception cref="KeyNotFoundException">No such source; the message names the nearest ids.</exception>
        public Source GetSource(string id) => TryGetSource(id, out var found) ? found : throw NotFound("source", id, sourcesById.Keys);

        /// <summary>Finds a source without throwing.</summary>
        /// <param name="id">Its id.</param>
        /// <param name="source">The source, when found.</param>
        /// <returns>Whether it was found.</returns>
        public bool TryGetSource(string id, out Source source) => sourcesById.TryGetValue(id ?? string.Empty, out source!);

        /// <summary>Finds a metric definition.</summary>
        /// <param name="id">Its id, such as <see cref="Model.Metrics.WallHeight"/>.</param>
        /// <returns>The definition.</returns>
        /// <exception cref="KeyNotFoundException">No such metric; the message names the nearest ids.</exception>
        public MetricDefinition GetMetric(MetricId id) => TryGetMetric(id, out var found) ? found : throw NotFound("metric", id.Value, metricsById.Keys.Select(k => k.Value));

        /// <summary>Finds a metric definition without throwing.</summary>
        /// <param name="id">Its id.</param>
        /// <param name="metric">The definition, when found.</param>
        /// <returns>Whether it was found.</returns>
        public bool TryGetMetric(MetricId id, out MetricDefinition metric) => metricsById.TryGetValue(id, out metric!);

        /// <summary>Finds a country, facility or policy by id.</summary>
        /// <param name="id">A country code, facility id or policy id.</param>
        /// <returns>The subject, or null.</returns>
        public IClaimSubject? FindSubject(string id)
        {
            if (id is null)
            {
                return null;
            }

            if (CountryCode.IsWellFormed(id) && countriesById.TryGetValue(new CountryCode(id), out var country))
            {
                return country;
            }

            return facilitiesById.TryGetValue(id, out var facility) ? facility : policiesById.TryGetValue(id, out var policy) ? policy : (IClaimSubject?)null;
        }

        /// <summary>
        /// Picks one of a subject's claims for a metric by <see cref="PreferenceRule.Default"/>, keeping the others.
        /// </summary>
        /// <param name="subject">The country, facility or policy.</param>
        /// <param name="metric">The metric.</param>
        /// <param name="asOf">If given, only claims whose period ends on or before this day count.</param>
        /// <returns>The selection, or null when the subject has no such claim.</returns>
        public ClaimSelection? Select(IClaimSubject subject, MetricId metric, LocalDate? asOf = null)
        {
            if (subject is null)
            {
                throw new ArgumentNullException(nameof(subject));
            }

            if (asOf is null)
            {
                // Memoised per subject and metric: compare, lookups and series ask the same question again and again.
                var definition = GetMetric(metric);
                return subject.Claims.Preferred(metric, claims => PreferenceRule.Default.SelectFrom(claims, definition, sourcesById, null));
            }

            var claims = subject.Claims.For(metric);
            return claims.IsEmpty ? null : PreferenceRule.Default.SelectFrom(claims, GetMetric(metric), sourcesById, asOf);
        }

        /// <summary>
        /// Picks one of a subject's claims of a named definition of a metric (a variant, or the standard one when null) by
        /// <see cref="PreferenceRule.Default"/>, keeping the others.
        /// </summary>
        /// <param name="subject">The country, facility or policy.</param>
        /// <param name="metric">The metric.</param>
        /// <param name="definition">The id of one of the metric's variants; null for its standard definition.</param>
        /// <param name="asOf">If given, only claims whose period ends on or before this day count.</param>
        /// <returns>The selection, or null when the subject has no claim of that definition for the whole subject.</returns>
        /// <exception cref="KeyNotFoundException">The metric has no variant of that id.</exception>
        public ClaimSelection? SelectVariant(IClaimSubject subject, MetricId metric, string? definition, LocalDate? asOf = null)
        {
            if (definition is null)
            {
                return Select(subject, metric, asOf);
            }

            if (subject is null)
            {
                throw new ArgumentNullException(nameof(subject));
            }

            var found = RequireVariant(GetMetric(metric), definition);
            var claims = subject.Claims.For(metric);
            return claims.IsEmpty ? null : PreferenceRule.Default.SelectFrom(claims, found, sourcesById, asOf, definition);
        }

        /// <summary>The metric when it has the variant, else a clear error naming the variants it has.</summary>
        internal static MetricDefinition RequireVariant(MetricDefinition metric, string? definition)
        {
            if (definition is not null && metric.FindVariant(definition) is null)
            {
                throw NotFound($"variant of metric '{metric.Id}'", definition, metric.Variants.Select(v => v.Id));
            }

            return metric;
        }

        /// <summary>Compares facilities side by side on every metric that any of them has (or on the given metrics).</summary>
        /// <param name="facilityIds">Two or more facility ids.</param>
        /// <param name="metrics">The metrics to show, in order; null for every facility metric with a claim.</param>
        /// <returns>The comparison table.</returns>
        /// <exception cref="KeyNotFoundException">An id is unknown.</exception>
        public FacilityComparison CompareFacilities(IEnumerable<string> facilityIds, IEnumerable<MetricId>? metrics = null) =>
            FacilityComparison.Create(this, facilityIds.Select(GetFacility).ToImmutableArray(), metrics, null);

        /// <summary>Compares facilities side by side on one metric, counting a named variant of it.</summary>
        /// <param name="facilityIds">Two or more facility ids.</param>
        /// <param name="metric">The metric.</param>
        /// <param name="definition">The id of one of the metric's variants; null for its standard definition.</param>
        /// <returns>The comparison.</returns>
        public FacilityComparison CompareFacilitiesByVariant(IEnumerable<string> facilityIds, MetricId metric, string? definition)
        {
            RequireVariant(GetMetric(metric), definition);
            return FacilityComparison.Create(this, facilityIds.Select(GetFacility).ToImmutableArray(), new[] { metric }, definition);
        }

        /// <summary>Compares facilities side by side on every metric that any of them has.</summary>
        /// <param name="facilityIds">Two or more facility ids.</param>
        /// <returns>The comparison table.</returns>
        public FacilityComparison CompareFacilities(params string[] facilityIds) => CompareFacilities((IEnumerable<string>)facilityIds);

        /// <inheritdoc />
        public override string ToString() => $"PolicyRef data {DataVersion}: {Countries.Length} countries, {Facilities.Length} facilities, {Policies.Length} policies, {Sources.Length} sources";

        internal static PolicyReference LoadFiles(IReadOnlyList<DataFile> files, PolicyReference? baseSet, LocalDate today)
        {
            var loaded = DataSetLoader.Load(files, Array.Empty<DataProblem>(), baseSet, today, "local");
            loaded.builtOn = baseSet;
            return loaded;
        }

        /// <summary>The embedded set from its snapshot, checked by the full loader at build and here by its SHA-256.</summary>
        internal static PolicyReference LoadEmbedded() => LoadEmbedded(typeof(PolicyReference).Assembly);

        /// <summary>The set embedded in <paramref name="assembly"/>: its snapshot, else its JSON files.</summary>
        internal static PolicyReference LoadEmbedded(Assembly assembly)
        {
            var loaded = EmbeddedSnapshot.TryLoad(assembly) ?? LoadEmbeddedJson(assembly);
            loaded.embeddedIn = assembly;
            return loaded;
        }

        /// <summary>The embedded set read from its JSON files by the full loader, every rule checked again.</summary>
        internal static PolicyReference LoadEmbeddedJson() => LoadEmbeddedJson(typeof(PolicyReference).Assembly);

        private static PolicyReference LoadEmbeddedJson(Assembly assembly)
        {
            var files = DataFiles.FromEmbedded(assembly);
            return DataSetLoader.Load(files, DataManifest.Verify(files, DataManifest.ReadEmbedded(assembly)), null, Today(SystemClock.Instance), "unversioned");
        }

        /// <summary>The day in UTC by <paramref name="clock"/>, which the loader's date rules are measured from.</summary>
        internal static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InUtc().Date;

        private static KeyNotFoundException NotFound(string what, string? id, IEnumerable<string> known) =>
            new KeyNotFoundException($"There is no {what} '{id}'.{NearestIds.Hint(id ?? string.Empty, known)}");
    }
}
