using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Internal;
using PolicyRef.Model;

namespace PolicyRef.Data.Format
{
    /// <summary>
    /// The JSON objects of the data files for loaded entities, built by walking each entity's layout: every field of the
    /// layout has one writer here, in file order (checked when the class is first used), and a field without a value is left out.
    /// </summary>
    internal static class DataFileJson
    {
        private static readonly FieldWriter<MetricCategory>[] CategoryWriters = Writers(
            CategoryFormat.Entity,
            S<MetricCategory>(CategoryFormat.Id, c => c.Id),
            S<MetricCategory>(CategoryFormat.Description, c => c.Description));

        private static readonly FieldWriter<MetricVariant>[] VariantWriters = Writers(
            VariantFormat.Entity,
            S<MetricVariant>(VariantFormat.Id, v => v.Id),
            S<MetricVariant>(VariantFormat.Name, v => v.Name),
            S<MetricVariant>(VariantFormat.Description, v => v.Description),
            S<MetricVariant>(VariantFormat.Source, v => v.SourceId));

        private static readonly FieldWriter<MetricDefinition>[] MetricWriters = Writers(
            MetricFormat.Entity,
            S<MetricDefinition>(MetricFormat.Id, m => m.Id.Value),
            S<MetricDefinition>(MetricFormat.Name, m => m.Name),
            W<MetricDefinition>(MetricFormat.AppliesTo, m => new JArray(Vocabulary.SubjectKindNames.Where(p => m.AppliesToKind(p.Value)).OrderBy(p => p.Value).Select(p => p.Key))),
            S<MetricDefinition>(MetricFormat.Unit, m => m.Unit.Symbol),
            S<MetricDefinition>(MetricFormat.Temporal, m => Vocabulary.Name(Vocabulary.Temporalities, m.Temporality)),
            S<MetricDefinition>(MetricFormat.Definition, m => m.Definition),
            S<MetricDefinition>(MetricFormat.Comparability, m => m.Comparability),
            W<MetricDefinition>(MetricFormat.Min, m => Number(m.Minimum)),
            W<MetricDefinition>(MetricFormat.Max, m => Number(m.Maximum)),
            W<MetricDefinition>(MetricFormat.Tolerance, m => m.Unit.IsNumeric ? new JValue(m.Tolerance) : null),
            W<MetricDefinition>(MetricFormat.Decimals, m => m.Decimals is null ? null : new JValue(m.Decimals.Value)),
            W<MetricDefinition>(MetricFormat.Categories, m => m.Categories.IsEmpty ? null : Array(m.Categories, CategoryWriters)),
            S<MetricDefinition>(MetricFormat.Measure, m => m.Measure == MetricMeasure.Stock ? null : Vocabulary.Name(Vocabulary.Measures, m.Measure)),
            S<MetricDefinition>(MetricFormat.DefinitionSource, m => m.DefinitionSourceId),
            W<MetricDefinition>(MetricFormat.Variants, m => m.Variants.IsEmpty ? null : Array(m.Variants, VariantWriters)));

        private static readonly FieldWriter<Source>[] SourceWriters = Writers(
            SourceFormat.Entity,
            S<Source>(SourceFormat.Id, s => s.Id),
            S<Source>(SourceFormat.Publisher, s => s.Publisher),
            S<Source>(SourceFormat.Title, s => s.Title),
            S<Source>(SourceFormat.Url, s => s.Url),
            S<Source>(SourceFormat.Published, s => IsoDates.Format(s.Published)),
            S<Source>(SourceFormat.Accessed, s => IsoDates.Format(s.Accessed)),
            S<Source>(SourceFormat.Kind, s => Vocabulary.Name(Vocabulary.SourceKinds, s.Kind)),
            S<Source>(SourceFormat.Language, s => s.Language),
            S<Source>(SourceFormat.Via, s => s.Via),
            S<Source>(SourceFormat.License, s => s.License),
            S<Source>(SourceFormat.Republishes, s => s.Republishes));

        private static readonly FieldWriter<IEnumerable<Source>>[] SourceFileWriters = Writers(
            SourceFileFormat.Entity,
            W<IEnumerable<Source>>(SourceFileFormat.Sources, s => Array(s, SourceWriters)));

        private static readonly FieldWriter<Claim>[] ClaimWriters = Writers(
            ClaimFormat.Entity,
            S<Claim>(ClaimFormat.Metric, c => c.Metric.Value),
            W<Claim>(ClaimFormat.Value, c => c.Value.Kind == ClaimValueKind.Number ? new JValue(c.Value.Number) : new JValue(c.Value.ToString())),
            S<Claim>(ClaimFormat.Unit, c => c.Unit.Symbol),
            S<Claim>(ClaimFormat.Period, c => c.Period.ToString()),
            S<Claim>(ClaimFormat.Source, c => c.SourceId),
            S<Claim>(ClaimFormat.Note, c => c.Note),
            W<Claim>(ClaimFormat.Flags, c => c.Flags == ClaimFlags.None ? null : new JArray(Vocabulary.FlagNames(c.Flags))),
            W<Claim>(ClaimFormat.DerivedFrom, c => c.DerivedFrom.IsEmpty ? null : new JArray(c.DerivedFrom)),

            // Suspect marks are not written: the plausibility screens set them again when the file is loaded.
            S<Claim>(ClaimFormat.Definition, c => c.Definition),
            S<Claim>(ClaimFormat.Part, c => c.Part is null ? null : Vocabulary.Name(Vocabulary.PartKinds, c.Part.Kind)),
            S<Claim>(ClaimFormat.PartLabel, c => c.Part?.Label),
            S<Claim>(ClaimFormat.PartOf, c => c.Part?.Whole?.ToString()),
            S<Claim>(ClaimFormat.Doubt, c => c.Doubt is null ? null : Vocabulary.Name(Vocabulary.Doubts, c.Doubt.Value)));

        private static readonly FieldWriter<Country>[] CountryWriters = Writers(
            CountryFormat.Entity,
            S<Country>(CountryFormat.Id, c => c.Id),
            S<Country>(CountryFormat.Name, c => c.Name),
            S<Country>(CountryFormat.M49, c => c.M49),
            S<Country>(CountryFormat.Region, c => c.Region),
            S<Country>(CountryFormat.RegionCode, c => c.RegionCode),
            W<Country>(CountryFormat.Claims, c => Array(c.Claims, ClaimWriters)));

        private static readonly FieldWriter<Alias>[] AliasWriters = Writers(
            AliasFormat.Entity,
            S<Alias>(AliasFormat.Name, a => a.Name),
            S<Alias>(AliasFormat.Kind, a => Vocabulary.Name(Vocabulary.AliasKinds, a.Kind)),
            S<Alias>(AliasFormat.Language, a => a.Language));

        private static readonly FieldWriter<Facility>[] FacilityWriters = Writers(
            FacilityFormat.Entity,
            S<Facility>(FacilityFormat.Id, f => f.Id),
            S<Facility>(FacilityFormat.Name, f => f.Name),
            W<Facility>(FacilityFormat.Aliases, f => Array(f.Aliases, AliasWriters)),
            S<Facility>(FacilityFormat.Country, f => f.Country.Value),
            S<Facility>(FacilityFormat.Locality, f => f.Locality),
            S<Facility>(FacilityFormat.Admin1, f => f.Admin1),
            W<Facility>(FacilityFormat.Sources, f => new JArray(f.SourceIds)),
            W<Facility>(FacilityFormat.Claims, f => Array(f.Claims, ClaimWriters)));

        private static readonly FieldWriter<PolicyProvision>[] ProvisionWriters = Writers(
            ProvisionFormat.Entity,
            S<PolicyProvision>(ProvisionFormat.Kind, v => Vocabulary.Name(Vocabulary.ProvisionKinds, v.Kind)),
            S<PolicyProvision>(ProvisionFormat.Description, v => v.Description),
            S<PolicyProvision>(ProvisionFormat.Source, v => v.SourceId));

        private static readonly FieldWriter<PolicyEvent>[] EventWriters = Writers(
            EventFormat.Entity,
            S<PolicyEvent>(EventFormat.Date, e => IsoDates.Format(e.Date)),
            S<PolicyEvent>(EventFormat.Kind, e => Vocabulary.Name(Vocabulary.EventKinds, e.Kind)),
            S<PolicyEvent>(EventFormat.Description, e => e.Description),
            S<PolicyEvent>(EventFormat.Source, e => e.SourceId));

        private static readonly FieldWriter<Policy>[] PolicyWriters = Writers(
            PolicyFormat.Entity,
            S<Policy>(PolicyFormat.Id, p => p.Id),
            S<Policy>(PolicyFormat.Country, p => p.Country.Value),
            S<Policy>(PolicyFormat.Name, p => p.Name),
            W<Policy>(PolicyFormat.Aliases, p => Array(p.Aliases, AliasWriters)),
            S<Policy>(PolicyFormat.Kind, p => Vocabulary.Name(Vocabulary.PolicyKinds, p.PolicyKind)),
            S<Policy>(PolicyFormat.Start, p => IsoDates.Format(p.Start)),
            S<Policy>(PolicyFormat.End, p => IsoDates.Format(p.End)),
            S<Policy>(PolicyFormat.Summary, p => p.Summary),
            S<Policy>(PolicyFormat.Instrument, p => p.Instrument),
            W<Policy>(PolicyFormat.Provisions, p => p.Provisions.IsEmpty ? null : Array(p.Provisions, ProvisionWriters)),
            W<Policy>(PolicyFormat.Sources, p => new JArray(p.SourceIds)),
            W<Policy>(PolicyFormat.Events, p => Array(p.Events, EventWriters)),
            W<Policy>(PolicyFormat.Claims, p => Array(p.Claims, ClaimWriters)));

        private static readonly FieldWriter<StandardRule>[] RuleWriters = Writers(
            RuleFormat.Entity,
            S<StandardRule>(RuleFormat.Id, r => r.Id),
            S<StandardRule>(RuleFormat.Number, r => r.Number),
            S<StandardRule>(RuleFormat.Summary, r => r.Summary),
            S<StandardRule>(RuleFormat.Check, r => Vocabulary.Name(Vocabulary.RuleChecks, r.Check)),
            W<StandardRule>(RuleFormat.SingleCellThreshold, r => Number(r.SingleCellThreshold)),
            W<StandardRule>(RuleFormat.SharedCellThreshold, r => Number(r.SharedCellThreshold)),
            S<StandardRule>(RuleFormat.Source, r => r.SourceId));

        private static readonly FieldWriter<Standard>[] StandardWriters = Writers(
            StandardFormat.Entity,
            S<Standard>(StandardFormat.Id, s => s.Id),
            S<Standard>(StandardFormat.Name, s => s.Name),
            S<Standard>(StandardFormat.Edition, s => s.Edition),
            W<Standard>(StandardFormat.Sources, s => new JArray(s.SourceIds)),
            W<Standard>(StandardFormat.Rules, s => Array(s.Rules, RuleWriters)));

        public static JObject Metric(MetricDefinition metric) => Object(metric, MetricWriters);

        public static JObject SourceFile(IEnumerable<Source> sources) => Object(sources, SourceFileWriters);

        public static JObject Country(Country country) => Object(country, CountryWriters);

        public static JObject Facility(Facility facility) => Object(facility, FacilityWriters);

        public static JObject Policy(Policy policy) => Object(policy, PolicyWriters);

        public static JObject Standard(Standard standard) => Object(standard, StandardWriters);

        public static JObject Claim(Claim claim) => Object(claim, ClaimWriters);

        private static JObject Object<T>(T item, FieldWriter<T>[] writers)
        {
            var json = new JObject();
            foreach (var writer in writers)
            {
                var value = writer.Value(item);
                if (value is not null)
                {
                    json[writer.Field.Name] = value;
                }
            }

            return json;
        }

        private static JArray Array<T>(IEnumerable<T> items, FieldWriter<T>[] writers) => new JArray(items.Select(i => Object(i, writers)));

        private static JToken? Number(decimal? value) => value is null ? null : new JValue(value.Value);

        private static FieldWriter<T> W<T>(DataField field, Func<T, JToken?> value) => new FieldWriter<T>(field, value);

        /// <summary>A string field, left out when null (a null string would otherwise become a JSON null).</summary>
        private static FieldWriter<T> S<T>(DataField field, Func<T, string?> value) => new FieldWriter<T>(field, item => value(item) is string text ? new JValue(text) : null);

        /// <summary>The writers of an entity, which must follow its layout field by field.</summary>
        private static FieldWriter<T>[] Writers<T>(DataEntity entity, params FieldWriter<T>[] writers)
        {
            if (!writers.Select(w => w.Field).SequenceEqual(entity.Fields))
            {
                throw new InvalidOperationException($"the JSON writers of {entity.Description} do not follow its layout: {string.Join(", ", writers.Select(w => w.Field.Name))} against {string.Join(", ", entity.Names)}");
            }

            return writers;
        }

        private sealed class FieldWriter<T>
        {
            public FieldWriter(DataField field, Func<T, JToken?> value)
            {
                Field = field;
                Value = value;
            }

            public DataField Field { get; }

            public Func<T, JToken?> Value { get; }
        }
    }
}
