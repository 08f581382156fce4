using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using NodaTime;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data.Snapshot
{
    /// <summary>
    /// Writes a loaded (and so validated) set in <see cref="SnapshotFormat"/>; <see cref="SnapshotReader"/> reads it back in
    /// the same order. Each entity is written field by field in the order of its layout (<see cref="DataFormat"/>), which
    /// <see cref="LayoutWalk"/> checks: a field added to the layout fails every build until the snapshot writes it.
    /// </summary>
    internal sealed class SnapshotWriter
    {
        private readonly BinaryWriter output;
        private readonly Dictionary<string, int> strings = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<ReferencePeriod, int> periods = new Dictionary<ReferencePeriod, int>();
        private readonly Dictionary<MetricId, int> metricIndex = new Dictionary<MetricId, int>();
        private readonly LayoutWalk layout = new LayoutWalk();

        private SnapshotWriter(BinaryWriter output)
        {
            this.output = output;
        }

        /// <summary>The snapshot of <paramref name="reference"/>, which must be a set loaded on its own (not over another).</summary>
        public static byte[] Write(PolicyReference reference)
        {
            using var memory = new MemoryStream();
            using (var binary = new BinaryWriter(memory, new UTF8Encoding(false, true), leaveOpen: true))
            {
                new SnapshotWriter(binary).WriteSet(reference);
            }

            return memory.ToArray();
        }

        private void WriteSet(PolicyReference set)
        {
            output.Write(SnapshotFormat.Magic);
            output.Write(SnapshotFormat.Version);
            String(set.DataVersion);
            String(set.DataHash);

            Count(set.Metrics.Length);
            foreach (var metric in set.Metrics)
            {
                metricIndex.Add(metric.Id, metricIndex.Count);
                WriteMetric(metric);
            }

            Count(set.Sources.Length);
            foreach (var source in set.Sources)
            {
                WriteSource(source);
            }

            Count(set.Countries.Length);
            foreach (var country in set.Countries)
            {
                WriteCountry(country);
            }

            Count(set.Facilities.Length);
            foreach (var facility in set.Facilities)
            {
                WriteFacility(facility);
            }

            Count(set.Policies.Length);
            foreach (var policy in set.Policies)
            {
                WritePolicy(policy);
            }

            Count(set.Standards.Length);
            foreach (var standard in set.Standards)
            {
                WriteStandard(standard);
            }

            output.Write(SnapshotFormat.EndMarker);
        }

        private void WriteMetric(MetricDefinition metric)
        {
            layout.Begin(MetricFormat.Entity);
            layout.Next(MetricFormat.Id);
            String(metric.Id.Value);
            layout.Next(MetricFormat.Name);
            String(metric.Name);
            layout.Next(MetricFormat.AppliesTo);
            Count((int)metric.AppliesTo);
            layout.Next(MetricFormat.Unit);
            String(metric.Unit.Symbol);
            layout.Next(MetricFormat.Temporal);
            Count((int)metric.Temporality);
            layout.Next(MetricFormat.Definition);
            String(metric.Definition);
            layout.Next(MetricFormat.Comparability);
            String(metric.Comparability);
            layout.Next(MetricFormat.Min);
            OptionalNumber(metric.Minimum);
            layout.Next(MetricFormat.Max);
            OptionalNumber(metric.Maximum);
            layout.Next(MetricFormat.Tolerance);
            Number(metric.Tolerance);
            layout.Next(MetricFormat.Decimals);
            OptionalNumber(metric.Decimals);
            layout.Next(MetricFormat.Categories);
            Count(metric.Categories.Length);
            foreach (var category in metric.Categories)
            {
                layout.Begin(CategoryFormat.Entity);
                layout.Next(CategoryFormat.Id);
                String(category.Id);
                layout.Next(CategoryFormat.Description);
                String(category.Description);
                layout.End();
            }

            layout.Next(MetricFormat.Measure);
            Count((int)metric.Measure);
            layout.Next(MetricFormat.DefinitionSource);
            String(metric.DefinitionSourceId);
            layout.Next(MetricFormat.Variants);
            Count(metric.Variants.Length);
            foreach (var variant in metric.Variants)
            {
                layout.Begin(VariantFormat.Entity);
                layout.Next(VariantFormat.Id);
                String(variant.Id);
                layout.Next(VariantFormat.Name);
                String(variant.Name);
                layout.Next(VariantFormat.Description);
                String(variant.Description);
                layout.Next(VariantFormat.Source);
                String(variant.SourceId);
                layout.End();
            }

            layout.End();
        }

        private void WriteSource(Source source)
        {
            layout.Begin(SourceFormat.Entity);
            layout.Next(SourceFormat.Id);
            String(source.Id);
            layout.Next(SourceFormat.Publisher);
            String(source.Publisher);
            layout.Next(SourceFormat.Title);
            String(source.Title);
            layout.Next(SourceFormat.Url);
            String(source.Url);
            layout.Next(SourceFormat.Published);
            output.Write(source.Published.HasValue);
            if (source.Published is LocalDate published)
            {
                Date(published);
            }

            layout.Next(SourceFormat.Accessed);
            Date(source.Accessed);
            layout.Next(SourceFormat.Kind);
            Count((int)source.Kind);
            layout.Next(SourceFormat.Language);
            String(source.Language);
            layout.Next(SourceFormat.Via);
            String(source.Via);
            layout.Next(SourceFormat.License);
            String(source.License);
            layout.Next(SourceFormat.Republishes);
            String(source.Republishes);
            layout.End();
        }

        private void WriteCountry(Country country)
        {
            layout.Begin(CountryFormat.Entity);
            layout.Next(CountryFormat.Id);
            String(country.Code.Value);
            layout.Next(CountryFormat.Name);
            String(country.Name);
            layout.Next(CountryFormat.M49);
            String(country.M49);
            layout.Next(CountryFormat.Region);
            String(country.Region);
            layout.Next(CountryFormat.RegionCode);
            String(country.RegionCode);
            layout.Next(CountryFormat.Claims);
            Claims(country.Claims);
            layout.End();
        }

        private void WriteFacility(Facility facility)
        {
            layout.Begin(FacilityFormat.Entity);
            layout.Next(FacilityFormat.Id);
            String(facility.Id);
            layout.Next(FacilityFormat.Name);
            String(facility.Name);
            layout.Next(FacilityFormat.Aliases);
            Aliases(facility.Aliases);
            layout.Next(FacilityFormat.Country);
            String(facility.Country.Value);
            layout.Next(FacilityFormat.Locality);
            String(facility.Locality);
            layout.Next(FacilityFormat.Admin1);
            String(facility.Admin1);
            layout.Next(FacilityFormat.Sources);
            Strings(facility.SourceIds);
            layout.Next(FacilityFormat.Claims);
            Claims(facility.Claims);
            layout.End();
        }

        private void WritePolicy(Policy policy)
        {
            layout.Begin(PolicyFormat.Entity);
            layout.Next(PolicyFormat.Id);
            String(policy.Id);
            layout.Next(PolicyFormat.Country);
            String(policy.Country.Value);
            layout.Next(PolicyFormat.Name);
            String(policy.Name);
            layout.Next(PolicyFormat.Aliases);
            Aliases(policy.Aliases);
            layout.Next(PolicyFormat.Kind);
            Count((int)policy.PolicyKind);
            layout.Next(PolicyFormat.Start);
            Date(policy.Start);
            layout.Next(PolicyFormat.End);
            output.Write(policy.End.HasValue);
            if (policy.End is LocalDate end)
            {
                Date(end);
            }

            layout.Next(PolicyFormat.Summary);
            String(policy.Summary);
            layout.Next(PolicyFormat.Instrument);
            String(policy.Instrument);
            layout.Next(PolicyFormat.Provisions);
            Count(policy.Provisions.Length);
            foreach (var provision in policy.Provisions)
            {
                layout.Begin(ProvisionFormat.Entity);
                layout.Next(ProvisionFormat.Kind);
                Count((int)provision.Kind);
                layout.Next(ProvisionFormat.Description);
                String(provision.Description);
                layout.Next(ProvisionFormat.Source);
                String(provision.SourceId);
                layout.End();
            }

            layout.Next(PolicyFormat.Sources);
            Strings(policy.SourceIds);
            layout.Next(PolicyFormat.Events);
            Count(policy.Events.Length);
            foreach (var policyEvent in policy.Events)
            {
                layout.Begin(EventFormat.Entity);
                layout.Next(EventFormat.Date);
                Date(policyEvent.Date);
                layout.Next(EventFormat.Kind);
                Count((int)policyEvent.Kind);
                layout.Next(EventFormat.Description);
                String(policyEvent.Description);
                layout.Next(EventFormat.Source);
                String(policyEvent.SourceId);
                layout.End();
            }

            layout.Next(PolicyFormat.Claims);
            Claims(policy.Claims);
            layout.End();
        }

        private void WriteStandard(Standard standard)
        {
            layout.Begin(StandardFormat.Entity);
            layout.Next(StandardFormat.Id);
            String(standard.Id);
            layout.Next(StandardFormat.Name);
            String(standard.Name);
            layout.Next(StandardFormat.Edition);
            String(standard.Edition);
            layout.Next(StandardFormat.Sources);
            Strings(standard.SourceIds);
            layout.Next(StandardFormat.Rules);
            Count(standard.Rules.Length);
            foreach (var rule in standard.Rules)
            {
                layout.Begin(RuleFormat.Entity);
                layout.Next(RuleFormat.Id);
                String(rule.Id);
                layout.Next(RuleFormat.Number);
                String(rule.Number);
                layout.Next(RuleFormat.Summary);
                String(rule.Summary);
                layout.Next(RuleFormat.Check);
                Count((int)rule.Check);
                layout.Next(RuleFormat.SingleCellThreshold);
                OptionalNumber(rule.SingleCellThreshold);
                layout.Next(RuleFormat.SharedCellThreshold);
                OptionalNumber(rule.SharedCellThreshold);
                layout.Next(RuleFormat.Source);
                String(rule.SourceId);
                layout.End();
            }

            layout.End();
        }

        private void Claims(ClaimSet claims)
        {
            Count(claims.Count);
            foreach (var claim in claims)
            {
                layout.Begin(ClaimFormat.Entity);
                layout.Next(ClaimFormat.Metric);
                Count(metricIndex[claim.Metric]);
                layout.Next(ClaimFormat.Value);
                Count((int)claim.Value.Kind);
                switch (claim.Value.Kind)
                {
                    case ClaimValueKind.Number:
                        Number(claim.Value.Number);
                        break;
                    case ClaimValueKind.Date:
                        Period(claim.Value.Date);
                        break;
                    default:
                        String(claim.Value.Category);
                        break;
                }

                layout.Next(ClaimFormat.Unit);
                String(claim.Unit.Symbol);
                layout.Next(ClaimFormat.Period);
                Period(claim.Period);
                layout.Next(ClaimFormat.Source);
                String(claim.SourceId);
                layout.Next(ClaimFormat.Note);
                String(claim.Note);
                layout.Next(ClaimFormat.Flags);
                Count((int)claim.Flags);
                layout.Next(ClaimFormat.DerivedFrom);
                Strings(claim.DerivedFrom);
                layout.Next(ClaimFormat.Definition);
                String(claim.Definition);
                // A part: its kind plus one (0 for the whole), its label, and the period of its whole when it names one.
                layout.Next(ClaimFormat.Part);
                Count(claim.Part is null ? 0 : (int)claim.Part.Kind + 1);
                layout.Next(ClaimFormat.PartLabel);
                String(claim.Part?.Label);
                layout.Next(ClaimFormat.PartOf);
                output.Write(claim.Part?.Whole is not null);
                if (claim.Part?.Whole is not null)
                {
                    Period(claim.Part.Whole);
                }

                layout.Next(ClaimFormat.Doubt);
                Count(claim.Doubt is null ? 0 : (int)claim.Doubt.Value + 1);

                // Not a data field: the plausibility screens' mark, stored so that a snapshot need not screen again.
                String(claim.SuspectReason);
                layout.End();
            }
        }

        private void Aliases(ImmutableArray<Alias> aliases)
        {
            Count(aliases.Length);
            foreach (var alias in aliases)
            {
                layout.Begin(AliasFormat.Entity);
                layout.Next(AliasFormat.Name);
                String(alias.Name);
                layout.Next(AliasFormat.Kind);
                Count((int)alias.Kind);
                layout.Next(AliasFormat.Language);
                String(alias.Language);
                layout.End();
            }
        }

        private void Strings(ImmutableArray<string> values)
        {
            Count(values.Length);
            foreach (var value in values)
            {
                String(value);
            }
        }

        /// <summary>0 for null; a known string by its number + 1; a new one as the next number + 1 followed by its text.</summary>
        private void String(string? value)
        {
            if (value is null)
            {
                Count(0);
            }
            else if (strings.TryGetValue(value, out var index))
            {
                Count(index + 1);
            }
            else
            {
                index = strings.Count;
                strings.Add(value, index);
                Count(index + 1);
                output.Write(value);
            }
        }

        /// <summary>Like <see cref="String"/>: a period is written once and then referred to by number.</summary>
        private void Period(ReferencePeriod period)
        {
            if (periods.TryGetValue(period, out var index))
            {
                Count(index);
                return;
            }

            index = periods.Count;
            periods.Add(period, index);
            Count(index);
            Count((int)period.Precision);
            Date(period.Start);
            Date(period.End);
        }

        private void Date(LocalDate date)
        {
            Count(date.Year);
            output.Write((byte)date.Month);
            output.Write((byte)date.Day);
        }

        private void OptionalNumber(decimal? value)
        {
            output.Write(value.HasValue);
            if (value is decimal number)
            {
                Number(number);
            }
        }

        /// <summary>A decimal as its sign-and-scale byte and three variable-length words: most figures take 3 to 6 bytes.</summary>
        private void Number(decimal value)
        {
            var bits = decimal.GetBits(value);
            output.Write((byte)(((bits[3] >> 16) & 0x7F) | (bits[3] < 0 ? 0x80 : 0)));
            Word((uint)bits[0]);
            Word((uint)bits[1]);
            Word((uint)bits[2]);
        }

        private void Count(int value)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The snapshot writes no negative numbers.");
            }

            Word((uint)value);
        }

        private void Word(uint value)
        {
            while (value >= 0x80)
            {
                output.Write((byte)(value | 0x80));
                value >>= 7;
            }

            output.Write((byte)value);
        }
    }
}
