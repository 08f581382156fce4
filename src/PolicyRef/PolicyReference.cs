using System;
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

        internal PolicyReference(string dataVersion, string dataHash, IEnumerable<MetricDefinition> metrics, IEnumerable<Source> sources, IEnumerable<Country> countries, IEnumerable<Facility> facilities, IEnumerable<Policy> policies, IEnumerable<Standard> standards)
            : this(new DataIndex(dataVersion, dataHash, metrics, sources, countries, facilities, policies, standards))
        {
        }

        internal PolicyReference(DataIndex index)
        {
            Index = index;
        }

        /// <summary>What the queries read: the entities, their lookups and the metric columns, built once by the loader.</summary>
        internal DataIndex Index { get; }

        /// <summary>
        /// The data set embedded in this assembly, loaded on first use (once, thread-safely) and shared.
        /// </summary>
        public static PolicyReference Default => EmbeddedSet.Value;

        /// <summary>The data release, such as <c>2026.1</c>; a set loaded over another reads <c>2026.1+local</c>.</summary>
        public string DataVersion => Index.DataVersion;

        /// <summary>
        /// The SHA-256 (lower-case hex) of the data files behind this set: over "hash  path" lines sorted by path; for a set
        /// loaded over another, over the base set's hash and the overlay's files. Cite it with <see cref="DataVersion"/>
        /// to tie a result to the exact data.
        /// </summary>
        public string DataHash => Index.DataHash;

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
        public ImmutableArray<MetricDefinition> Metrics => Index.Metrics;

        /// <summary>Every source, in id order.</summary>
        public ImmutableArray<Source> Sources => Index.Sources;

        /// <summary>Every country and jurisdiction, in code order.</summary>
        public ImmutableArray<Country> Countries => Index.Countries;

        /// <summary>Every facility, in id order.</summary>
        public ImmutableArray<Facility> Facilities => Index.Facilities;

        /// <summary>Every policy, in id order.</summary>
        public ImmutableArray<Policy> Policies => Index.Policies;

        /// <summary>Every international standard, in id order.</summary>
        public ImmutableArray<Standard> Standards => Index.Standards;

        /// <summary>The sources by id, for <see cref="PreferenceRule"/> (the one index of sources: immutable, and quick enough for the queries' inner loops).</summary>
        public IReadOnlyDictionary<string, Source> SourcesById => Index.SourcesById;

        /// <summary>Every subject with claims: countries, then facilities, then policies.</summary>
        public IEnumerable<IClaimSubject> Subjects => Index.Subjects;

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
        public Country GetCountry(CountryCode code) => Index.GetCountry(code);

        /// <summary>Finds a country by code text, such as <c>SLV</c>.</summary>
        /// <param name="code">The code.</param>
        /// <returns>The country.</returns>
        /// <exception cref="KeyNotFoundException">No such country; the message names the nearest codes.</exception>
        public Country GetCountry(string code) => Index.GetCountry(code);

        /// <summary>Finds a country without throwing.</summary>
        /// <param name="code">Its code.</param>
        /// <param name="country">The country, when found.</param>
        /// <returns>Whether it was found.</returns>
        public bool TryGetCountry(CountryCode code, out Country country) => Index.TryGetCountry(code, out country);

        /// <summary>Finds a facility.</summary>
        /// <param name="id">Its id, such as <c>cecot</c>.</param>
        /// <returns>The facility.</returns>
        /// <exception cref="KeyNotFoundException">No such facility; the message names the nearest ids.</exception>
        public Facility GetFacility(string id) => Index.GetFacility(id);

        /// <summary>Finds a facility without throwing.</summary>
        /// <param name="id">Its id.</param>
        /// <param name="facility">The facility, when found.</param>
        /// <returns>Whether it was found.</returns>
        public bool TryGetFacility(string id, out Facility facility) => Index.TryGetFacility(id, out facility);

        /// <summary>Finds a policy.</summary>
        /// <param name="id">Its id.</param>
        /// <returns>The policy.</returns>
        /// <exception cref="KeyNotFoundException">No such policy; the message names the nearest ids.</exception>
        public Policy GetPolicy(string id) => Index.GetPolicy(id);

        /// <summary>Finds a policy without throwing.</summary>
        /// <param name="id">Its id.</param>
        /// <param name="policy">The policy, when found.</param>
        /// <returns>Whether it was found.</returns>
        public bool TryGetPolicy(string id, out Policy policy) => Index.TryGetPolicy(id, out policy);

        /// <summary>Finds a source.</summary>
        /// <param name="id">Its id.</param>
        /// <returns>The source.</returns>
        /// <exception cref="KeyNotFoundException">No such source; the message names the nearest ids.</exception>
        public Source GetSource(string id) => Index.GetSource(id);

        /// <summary>Finds a source without throwing.</summary>
        /// <param name="id">Its id.</param>
        /// <param name="source">The source, when found.</param>
        /// <returns>Whether it was found.</returns>
        public bool TryGetSource(string id, out Source source) => Index.TryGetSource(id, out source);

        /// <summary>Finds a metric definition.</summary>
        /// <param name="id">Its id, such as <see cref="Model.MetricIds.WallHeight"/>.</param>
        /// <returns>The definition.</returns>
        /// <exception cref="KeyNotFoundException">No such metric; the message names the nearest ids.</exception>
        public MetricDefinition GetMetric(MetricId id) => Index.GetMetric(id);

        /// <summary>Finds a metric definition without throwing.</summary>
        /// <param name="id">Its id.</param>
        /// <param name="metric">The definition, when found.</param>
        /// <returns>Whether it was found.</returns>
        public bool TryGetMetric(MetricId id, out MetricDefinition metric) => Index.TryGetMetric(id, out metric);

        /// <summary>Finds a country, facility or policy by id.</summary>
        /// <param name="id">A country code, facility id or policy id.</param>
        /// <returns>The subject, or null.</returns>
        public IClaimSubject? FindSubject(string id) => Index.FindSubject(id);

        /// <summary>
        /// Picks one of a subject's claims for a metric by <see cref="PreferenceRule.Default"/>, keeping the others.
        /// </summary>
        /// <param name="subject">The country, facility or policy.</param>
        /// <param name="metric">The metric.</param>
        /// <param name="asOf">If given, only claims whose period ends on or before this day count.</param>
        /// <returns>The selection, or null when the subject has no such claim.</returns>
        public ClaimSelection? Select(IClaimSubject subject, MetricId metric, LocalDate? asOf = null) => Index.Select(subject, metric, asOf);

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
        public ClaimSelection? SelectVariant(IClaimSubject subject, MetricId metric, string? definition, LocalDate? asOf = null) => Index.SelectVariant(subject, metric, definition, asOf);

        /// <summary>Compares facilities side by side on every metric that any of them has (or on the given metrics).</summary>
        /// <param name="facilityIds">Two or more facility ids.</param>
        /// <param name="metrics">The metrics to show, in order; null for every facility metric with a claim.</param>
        /// <returns>The comparison table.</returns>
        /// <exception cref="KeyNotFoundException">An id is unknown.</exception>
        public FacilityComparison CompareFacilities(IEnumerable<string> facilityIds, IEnumerable<MetricId>? metrics = null) =>
            FacilityComparison.Create(Index, facilityIds.Select(GetFacility).ToImmutableArray(), metrics, null);

        /// <summary>Compares facilities side by side on one metric, counting a named variant of it.</summary>
        /// <param name="facilityIds">Two or more facility ids.</param>
        /// <param name="metric">The metric.</param>
        /// <param name="definition">The id of one of the metric's variants; null for its standard definition.</param>
        /// <returns>The comparison.</returns>
        public FacilityComparison CompareFacilitiesByVariant(IEnumerable<string> facilityIds, MetricId metric, string? definition)
        {
            DataIndex.RequireVariant(GetMetric(metric), definition);
            return FacilityComparison.Create(Index, facilityIds.Select(GetFacility).ToImmutableArray(), new[] { metric }, definition);
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
    }
}
