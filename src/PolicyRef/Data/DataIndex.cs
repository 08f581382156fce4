using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>
    /// Everything the queries read, built once by the loaders from the entities of a set: the entities in id order, their
    /// lookups by id, and per metric the claims kept as columns for scans. Immutable once built (the columns and each claim
    /// set's preferred claims are worked out on first use and never change), so reads from any thread are safe.
    /// The queries read this and nothing else; <see cref="PolicyReference"/> holds one and forwards to it.
    /// </summary>
    internal sealed class DataIndex
    {
        // Plain hash maps, filled here and never changed after: a lookup is one hash and one comparison, where an
        // ImmutableDictionary walks a tree (the preference rule looks sources up per claim).
        private readonly Dictionary<MetricId, MetricDefinition> metricsById;
        private readonly FrozenDictionary<string, Source> sourcesById;
        private readonly Dictionary<CountryCode, Country> countriesById;
        private readonly Dictionary<string, Facility> facilitiesById;
        private readonly Dictionary<string, Policy> policiesById;

        // The few countries with a claim about publishing prison statistics, so that a ranking checks each row against a
        // small set instead of probing every country's claims a second time.
        private readonly HashSet<CountryCode> publicationClaims;

        // Each metric's claims across the countries (or facilities) as columns, built on first use: a ranking walks plain
        // arrays instead of probing every subject's claim set and its claims (a cache miss each on a large set).
        private readonly ConcurrentDictionary<(SubjectKind Kind, MetricId Metric), MetricColumn> columns = new ConcurrentDictionary<(SubjectKind Kind, MetricId Metric), MetricColumn>();

        public DataIndex(string dataVersion, string dataHash, IEnumerable<MetricDefinition> metrics, IEnumerable<Source> sources, IEnumerable<Country> countries, IEnumerable<Facility> facilities, IEnumerable<Policy> policies, IEnumerable<Standard> standards)
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
            publicationClaims = new HashSet<CountryCode>(Countries.Where(c => !c.Claims.For(Model.MetricIds.PrisonStatisticsPublication).IsEmpty).Select(c => c.Code));
        }

        public string DataVersion { get; }

        public string DataHash { get; }

        public ImmutableArray<MetricDefinition> Metrics { get; }

        public ImmutableArray<Source> Sources { get; }

        public ImmutableArray<Country> Countries { get; }

        public ImmutableArray<Facility> Facilities { get; }

        public ImmutableArray<Policy> Policies { get; }

        public ImmutableArray<Standard> Standards { get; }

        public IReadOnlyDictionary<string, Source> SourcesById => sourcesById;

        public IEnumerable<string> MetricIds => metricsById.Keys.Select(k => k.Value);

        public IEnumerable<string> CountryCodes => countriesById.Keys.Select(k => k.Value);

        public IEnumerable<string> FacilityIds => facilitiesById.Keys;

        public IEnumerable<string> PolicyIds => policiesById.Keys;

        public IEnumerable<string> SourceIds => sourcesById.Keys;

        /// <summary>Every subject with claims: countries, then facilities, then policies.</summary>
        public IEnumerable<IClaimSubject> Subjects => Countries.Cast<IClaimSubject>().Concat(Facilities).Concat(Policies);

        /// <summary>Whether the country has any claim about publishing its prison statistics (withheld or not).</summary>
        public bool HasPublicationClaims(Country country) => publicationClaims.Contains(country.Code);

        /// <summary>A metric's claims across the countries (or facilities), in the order of <see cref="Countries"/> (or <see cref="Facilities"/>).</summary>
        public MetricColumn Column(SubjectKind kind, MetricId metric) =>
            columns.GetOrAdd((kind, metric), key => new MetricColumn(key.Kind == SubjectKind.Country
                ? Countries.Select(c => c.Claims.For(key.Metric)).ToArray()
                : Facilities.Select(f => f.Claims.For(key.Metric)).ToArray(), sourcesById));

        public Country GetCountry(CountryCode code) => TryGetCountry(code, out var found) ? found : throw NotFound("country", code.Value, CountryCodes);

        public Country GetCountry(string code) => CountryCode.IsWellFormed(code) ? GetCountry(new CountryCode(code)) : throw NotFound("country", code, CountryCodes);

        public bool TryGetCountry(CountryCode code, out Country country) => countriesById.TryGetValue(code, out country!);

        public Facility GetFacility(string id) => TryGetFacility(id, out var found) ? found : throw NotFound("facility", id, FacilityIds);

        public bool TryGetFacility(string id, out Facility facility) => facilitiesById.TryGetValue(id ?? string.Empty, out facility!);

        public Policy GetPolicy(string id) => TryGetPolicy(id, out var found) ? found : throw NotFound("policy", id, PolicyIds);

        public bool TryGetPolicy(string id, out Policy policy) => policiesById.TryGetValue(id ?? string.Empty, out policy!);

        public Source GetSource(string id) => TryGetSource(id, out var found) ? found : throw NotFound("source", id, SourceIds);

        public bool TryGetSource(string id, out Source source) => sourcesById.TryGetValue(id ?? string.Empty, out source!);

        public MetricDefinition GetMetric(MetricId id) => TryGetMetric(id, out var found) ? found : throw NotFound("metric", id.Value, MetricIds);

        public bool TryGetMetric(MetricId id, out MetricDefinition metric) => metricsById.TryGetValue(id, out metric!);

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

        /// <summary>A subject's preferred claim for a metric by <see cref="PreferenceRule.Default"/>, the others kept.</summary>
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

        /// <summary>A subject's preferred claim of a named definition of a metric (the standard one when null).</summary>
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
        public static MetricDefinition RequireVariant(MetricDefinition metric, string? definition)
        {
            if (definition is not null && metric.FindVariant(definition) is null)
            {
                throw NotFound($"variant of metric '{metric.Id}'", definition, metric.Variants.Select(v => v.Id));
            }

            return metric;
        }

        /// <summary>The metric's definition, checked to apply to the kind of subject asked about.</summary>
        /// <exception cref="ArgumentException">The metric is unknown or does not apply to that kind of subject.</exception>
        public MetricDefinition RequireMetric(MetricId metric, SubjectKind kind)
        {
            if (!TryGetMetric(metric, out var definition))
            {
                throw new ArgumentException($"There is no metric '{metric}' in this data set.", nameof(metric));
            }

            if (!definition.AppliesToKind(kind))
            {
                throw new ArgumentException($"Metric '{metric}' does not apply to a {kind.ToString().ToLowerInvariant()}; it applies to: {definition.AppliesTo.ToString().ToLowerInvariant()}.", nameof(metric));
            }

            return definition;
        }

        /// <summary>The preferred publication claim of a country at or before a date when it says <c>withheld</c>, else null.</summary>
        public Claim? WithheldStatistics(Country country, LocalDate? asOf = null)
        {
            if (!TryGetMetric(Model.MetricIds.PrisonStatisticsPublication, out _))
            {
                return null;
            }

            var selection = Select(country ?? throw new ArgumentNullException(nameof(country)), Model.MetricIds.PrisonStatisticsPublication, asOf);
            return selection?.Chosen.Value.Category == "withheld" ? selection.Chosen : null;
        }

        public static KeyNotFoundException NotFound(string what, string? id, IEnumerable<string> known) =>
            new KeyNotFoundException($"There is no {what} '{id}'.{NearestIds.Hint(id ?? string.Empty, known)}");
    }
}
