using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using NodaTime;
using PolicyRef.Model;

namespace PolicyRef.Data.Snapshot
{
    /// <summary>
    /// Reads a set written by <see cref="SnapshotWriter"/>. The snapshot was checked by the full loader when it was
    /// written and its SHA-256 is checked before it is read, so this only decodes; anything malformed still ends in a
    /// <see cref="PolicyDataException"/>, never a half-built set.
    /// </summary>
    internal sealed class SnapshotReader
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(false, true);

        private readonly byte[] bytes;
        private readonly List<string> strings = new List<string>();
        private readonly List<ReferencePeriod> periods = new List<ReferencePeriod>();
        private readonly Dictionary<string, Unit> units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        private MetricId[] metricIds = Array.Empty<MetricId>();
        private int position;

        private SnapshotReader(byte[] bytes)
        {
            this.bytes = bytes;
        }

        /// <summary>Decodes a snapshot; <paramref name="origin"/> names it in problems.</summary>
        /// <exception cref="PolicyDataException">The bytes are not a whole snapshot of this format.</exception>
        public static PolicyReference Read(byte[] bytes, string origin)
        {
            try
            {
                return new SnapshotReader(bytes).ReadSet(origin);
            }
            catch (Exception e) when (e is not PolicyDataException && e is not OutOfMemoryException)
            {
                throw Problem(origin, "the snapshot is damaged: " + e.Message);
            }
        }

        private static PolicyDataException Problem(string origin, string message) =>
            new PolicyDataException(new[] { new DataProblem(DataProblemKind.InvalidFile, origin, 0, 0, string.Empty, message) });

        private PolicyReference ReadSet(string origin)
        {
            if (Text() != SnapshotFormat.Magic)
            {
                throw Problem(origin, "not a PolicyRef snapshot");
            }

            var version = BitConverter.ToInt32(bytes, position);
            position += 4;
            if (version != SnapshotFormat.Version)
            {
                throw Problem(origin, $"snapshot format {version}; this version of PolicyRef reads format {SnapshotFormat.Version}");
            }

            var dataVersion = String()!;
            var dataHash = String()!;

            var metrics = new MetricDefinition[Items()];
            metricIds = new MetricId[metrics.Length];
            for (var i = 0; i < metrics.Length; i++)
            {
                metrics[i] = ReadMetric();
                metricIds[i] = metrics[i].Id;
            }

            var sources = new Source[Items()];
            for (var i = 0; i < sources.Length; i++)
            {
                sources[i] = ReadSource();
            }

            var countries = new Country[Items()];
            for (var i = 0; i < countries.Length; i++)
            {
                var code = String()!;
                countries[i] = new Country(new CountryCode(code), String()!, String(), String()!, String()!, Claims(SubjectKind.Country, code));
            }

            var facilities = new Facility[Items()];
            for (var i = 0; i < facilities.Length; i++)
            {
                var id = String()!;
                facilities[i] = new Facility(id, String()!, Aliases(), new CountryCode(String()!), String(), String(), Strings(), Claims(SubjectKind.Facility, id));
            }

            var policies = new Policy[Items()];
            for (var i = 0; i < policies.Length; i++)
            {
                policies[i] = ReadPolicy();
            }

            var standards = new Standard[Items()];
            for (var i = 0; i < standards.Length; i++)
            {
                standards[i] = ReadStandard();
            }

            if (BitConverter.ToInt32(bytes, position) != SnapshotFormat.EndMarker || position + 4 != bytes.Length)
            {
                throw Problem(origin, "the snapshot does not end where its contents do");
            }

            return new PolicyReference(new DataIndex(dataVersion, dataHash, metrics, sources, countries, facilities, policies, standards));
        }

        private MetricDefinition ReadMetric()
        {
            var id = new MetricId(String()!);
            var name = String()!;
            var appliesTo = (SubjectKindFlags)Count();
            var unit = Unit();
            var temporality = (MetricTemporality)Count();
            var definition = String()!;
            var comparability = String();
            var minimum = OptionalNumber();
            var maximum = OptionalNumber();
            var tolerance = Number();
            var decimals = OptionalNumber();
            var categories = new MetricCategory[Items()];
            for (var i = 0; i < categories.Length; i++)
            {
                categories[i] = new MetricCategory(String()!, String()!);
            }

            var measure = (MetricMeasure)Count();
            var definitionSource = String();
            var variants = new MetricVariant[Items()];
            for (var i = 0; i < variants.Length; i++)
            {
                variants[i] = new MetricVariant(String()!, String()!, String()!, String()!);
            }

            return new MetricDefinition(id, name, appliesTo, unit, temporality, definition, comparability, minimum, maximum, tolerance, ImmutableArray.Create(categories), measure, definitionSource, ImmutableArray.Create(variants), decimals is null ? null : (int)decimals.Value);
        }

        private Source ReadSource()
        {
            var id = String()!;
            var publisher = String()!;
            var title = String()!;
            var url = String();
            LocalDate? published = Flag() ? Date() : (LocalDate?)null;
            return new Source(id, publisher, title, url, published, Date(), (SourceKind)Count(), String(), String(), String(), String());
        }

        private Policy ReadPolicy()
        {
            var id = String()!;
            var country = new CountryCode(String()!);
            var name = String()!;
            var aliases = Aliases();
            var kind = (PolicyKind)Count();
            var start = Date();
            LocalDate? end = Flag() ? Date() : (LocalDate?)null;
            var summary = String()!;
            var instrument = String();
            var provisions = new PolicyProvision[Items()];
            for (var i = 0; i < provisions.Length; i++)
            {
                provisions[i] = new PolicyProvision((ProvisionKind)Count(), String()!, String()!);
            }

            var sourceIds = Strings();
            var events = new PolicyEvent[Items()];
            for (var i = 0; i < events.Length; i++)
            {
                events[i] = new PolicyEvent(Date(), (PolicyEventKind)Count(), String()!, String()!);
            }

            return new Policy(id, country, name, aliases, kind, start, end, summary, instrument, ImmutableArray.Create(provisions), sourceIds, ImmutableArray.Create(events), Claims(SubjectKind.Policy, id));
        }

        private Standard ReadStandard()
        {
            var id = String()!;
            var name = String()!;
            var edition = String()!;
            var sourceIds = Strings();
            var rules = new StandardRule[Items()];
            for (var i = 0; i < rules.Length; i++)
            {
                rules[i] = new StandardRule(String()!, String()!, String()!, (RuleCheck)Count(), OptionalNumber(), OptionalNumber(), String()!);
            }

            return new Standard(id, name, edition, sourceIds, ImmutableArray.Create(rules));
        }

        private ClaimSet Claims(SubjectKind kind, string subjectId)
        {
            var claims = new Claim[Items()];
            for (var i = 0; i < claims.Length; i++)
            {
                var metric = metricIds[Items()];
                var valueKind = (ClaimValueKind)Count();
                var value = valueKind switch
                {
                    ClaimValueKind.Number => ClaimValue.FromNumber(Number()),
                    ClaimValueKind.Date => ClaimValue.FromDate(Period()),
                    ClaimValueKind.Category => ClaimValue.FromCategory(String()!),
                    _ => throw new FormatException($"unknown value kind {(int)valueKind}"),
                };
                var unit = Unit();
                var period = Period();
                var sourceId = String()!;
                var note = String();
                var flags = (ClaimFlags)Count();
                var derivedFrom = Strings();
                var definition = String();
                var partKind = Count();
                var label = String();
                var whole = Flag() ? Period() : null;
                var part = partKind > 0 ? new ClaimPart((PartKind)(partKind - 1), label!, whole) : null;

                var doubt = Count();
                claims[i] = new Claim(kind, subjectId, metric, value, unit, period, sourceId, note, flags, derivedFrom, definition, part, doubt == 0 ? null : (ClaimDoubt)(doubt - 1), String());
            }

            return new ClaimSet(claims);
        }

        private ImmutableArray<Alias> Aliases()
        {
            var aliases = new Alias[Items()];
            for (var i = 0; i < aliases.Length; i++)
            {
                aliases[i] = new Alias(String()!, (AliasKind)Count(), String());
            }

            return ImmutableArray.Create(aliases);
        }

        private ImmutableArray<string> Strings()
        {
            var count = Items();
            if (count == 0)
            {
                return ImmutableArray<string>.Empty;
            }

            var values = new string[count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = String()!;
            }

            return ImmutableArray.Create(values);
        }

        private Unit Unit()
        {
            var symbol = String()!;
            if (!units.TryGetValue(symbol, out var unit))
            {
                unit = Model.Unit.TryParse(symbol, out var parsed) ? parsed : throw new FormatException($"unknown unit '{symbol}'");
                units.Add(symbol, unit);
            }

            return unit;
        }

        private string? String()
        {
            var number = Count();
            if (number == 0)
            {
                return null;
            }

            if (number <= strings.Count)
            {
                return strings[number - 1];
            }

            if (number != strings.Count + 1)
            {
                throw new FormatException($"string {number} is referred to before it is written");
            }

            var text = Text();
            strings.Add(text);
            return text;
        }

        private ReferencePeriod Period()
        {
            var number = Count();
            if (number < periods.Count)
            {
                return periods[number];
            }

            if (number != periods.Count)
            {
                throw new FormatException($"period {number} is referred to before it is written");
            }

            var period = ReferencePeriod.FromParts((PeriodPrecision)Count(), Date(), Date());
            periods.Add(period);
            return period;
        }

        private LocalDate Date()
        {
            var year = Count();
            var month = bytes[position++];
            var day = bytes[position++];
            return new LocalDate(year, month, day);
        }

        private string Text()
        {
            var length = Count();
            var text = Utf8.GetString(bytes, position, length);
            position += length;
            return text;
        }

        private bool Flag() => bytes[position++] != 0;

        private decimal? OptionalNumber() => Flag() ? Number() : (decimal?)null;

        private decimal Number()
        {
            var signAndScale = bytes[position++];
            var low = (int)Word();
            var middle = (int)Word();
            var high = (int)Word();
            return new decimal(low, middle, high, (signAndScale & 0x80) != 0, (byte)(signAndScale & 0x7F));
        }

        /// <summary>The length of an array that follows: each item takes at least a byte, so a damaged length fails here, not in an allocation.</summary>
        private int Items()
        {
            var count = Count();
            return count <= bytes.Length - position ? count : throw new FormatException($"a list of {count} items is longer than the rest of the snapshot");
        }

        private int Count()
        {
            var value = Word();
            return value <= int.MaxValue ? (int)value : throw new FormatException("a count is out of range");
        }

        private uint Word()
        {
            uint value = 0;
            var shift = 0;
            while (true)
            {
                var next = bytes[position++];
                value |= (uint)(next & 0x7F) << shift;
                if ((next & 0x80) == 0)
                {
                    return value;
                }

                shift += 7;
                if (shift > 28)
                {
                    throw new FormatException("a number is longer than five bytes");
                }
            }
        }
    }
}
