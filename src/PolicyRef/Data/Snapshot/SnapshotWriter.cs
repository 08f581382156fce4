using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Standards;

namespace PolicyRef.Data.Snapshot
{
    /// <summary>Writes a loaded (and so validated) set in <see cref="SnapshotFormat"/>; <see cref="SnapshotReader"/> reads it back.</summary>
    internal sealed class SnapshotWriter
    {
        private readonly BinaryWriter output;
        private readonly Dictionary<string, int> strings = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<ReferencePeriod, int> periods = new Dictionary<ReferencePeriod, int>();
        private readonly Dictionary<MetricId, int> metricIndex = new Dictionary<MetricId, int>();

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
                String(country.Code.Value);
                String(country.Name);
                String(country.M49);
                String(country.Region);
                String(country.RegionCode);
                Claims(country.Claims);
            }

            Count(set.Facilities.Length);
            foreach (var facility in set.Facilities)
            {
                String(facility.Id);
                String(facility.Name);
                Aliases(facility.Aliases);
                String(facility.Country.Value);
                String(facility.Locality);
                String(facility.Admin1);
                Strings(facility.SourceIds);
                Claims(facility.Claims);
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
            String(metric.Id.Value);
            String(metric.Name);
            Count((int)metric.AppliesTo);
            String(metric.Unit.Symbol);
            Count((int)metric.Temporality);
            String(metric.Definition);
            String(metric.Comparability);
            OptionalNumber(metric.Minimum);
            OptionalNumber(metric.Maximum);
            Number(metric.Tolerance);
            Count(metric.Categories.Length);
            foreach (var category in metric.Categories)
            {
                String(category.Id);
                String(category.Description);
            }

            Count((int)metric.Measure);
            String(metric.DefinitionSourceId);
            Count(metric.Variants.Length);
            foreach (var variant in metric.Variants)
            {
                String(variant.Id);
                String(variant.Name);
                String(variant.Description);
                String(variant.SourceId);
            }
        }

        private void WriteSource(Source source)
        {
            String(source.Id);
            String(source.Publisher);
            String(source.Title);
            String(source.Url);
            output.Write(source.Published.HasValue);
            if (source.Published is LocalDate published)
            {
                Date(published);
            }

            Date(source.Accessed);
            Count((int)source.Kind);
            String(source.Language);
            String(source.Via);
            String(source.License);
            String(source.Republishes);
        }

        private void WritePolicy(Policy policy)
        {
            String(policy.Id);
            String(policy.Country.Value);
            String(policy.Name);
            Aliases(policy.Aliases);
            Count((int)policy.PolicyKind);
            Date(policy.Start);
            output.Write(policy.End.HasValue);
            if (policy.End is LocalDate end)
            {
                Date(end);
            }

            String(policy.Summary);
            String(policy.Instrument);
            Count(policy.Provisions.Length);
            foreach (var provision in policy.Provisions)
            {
                Count((int)provision.Kind);
                String(provision.Description);
                String(provision.SourceId);
            }

            Strings(policy.SourceIds);
            Count(policy.Events.Length);
            foreach (var policyEvent in policy.Events)
            {
                Date(policyEvent.Date);
                Count((int)policyEvent.Kind);
                String(policyEvent.Description);
                String(policyEvent.SourceId);
            }

            Claims(policy.Claims);
        }

        private void WriteStandard(Standard standard)
        {
            String(standard.Id);
            String(standard.Name);
            String(standard.Edition);
            Strings(standard.SourceIds);
            Count(standard.Rules.Length);
            foreach (var rule in standard.Rules)
            {
                String(rule.Id);
                String(rule.Number);
                String(rule.Summary);
                Count((int)rule.Check);
                OptionalNumber(rule.SingleCellThreshold);
                OptionalNumber(rule.SharedCellThreshold);
                String(rule.SourceId);
            }
        }

        private void Claims(ClaimSet claims)
        {
            Count(claims.Count);
            foreach (var claim in claims)
            {
                Count(metricIndex[claim.Metric]);
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

                String(claim.Unit.Symbol);
                Period(claim.Period);
                String(claim.SourceId);
                String(claim.Note);
                Count((int)claim.Flags);
                Strings(claim.DerivedFrom);
                String(claim.Definition);
                // A part: its kind plus one (0 for the whole), its label, and the period of its whole when it names one.
                Count(claim.Part is null ? 0 : (int)claim.Part.Kind + 1);
                if (claim.Part is not null)
                {
                    String(claim.Part.Label);
                    output.Write(claim.Part.Whole is not null);
                    if (claim.Part.Whole is not null)
                    {
                        Period(claim.Part.Whole);
                    }
                }

                Count(claim.Doubt is null ? 0 : (int)claim.Doubt.Value + 1);
                String(claim.SuspectReason);
            }
        }

        private void Aliases(ImmutableArray<Alias> aliases)
        {
            Count(aliases.Length);
            foreach (var alias in aliases)
            {
                String(alias.Name);
                Count((int)alias.Kind);
                String(alias.Language);
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
