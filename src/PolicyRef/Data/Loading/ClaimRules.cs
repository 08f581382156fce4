using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using NodaTime;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>
    /// The rules every claim obeys, for both load paths: flags and <c>derivedFrom</c> agree, the period parses and is not
    /// unplanned future, the unit is known, the value is what the unit says. Periods, units and metric ids are parsed once
    /// per distinct text of a load and shared (they are immutable values).
    /// </summary>
    internal sealed class ClaimRules
    {
        private readonly ProblemLog log;
        private readonly LocalDate latestAllowedStart;
        private readonly Dictionary<string, ReferencePeriod> periods = new Dictionary<string, ReferencePeriod>(StringComparer.Ordinal);
        private readonly Dictionary<string, Unit> units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        private readonly Dictionary<string, MetricId> metricIds = new Dictionary<string, MetricId>(StringComparer.Ordinal);

        public ClaimRules(ProblemLog log, LocalDate latestAllowedStart)
        {
            this.log = log;
            this.latestAllowedStart = latestAllowedStart;
        }

        /// <summary>The claim, or null after reporting why there is none (fields the reader found missing are already reported).</summary>
        public Claim? ToClaim(in RawClaim raw, string file, SubjectKind kind, string subjectId)
        {
            var flags = raw.Flags;
            var derivedFrom = raw.DerivedFrom.IsDefault ? ImmutableArray<string>.Empty : raw.DerivedFrom;
            if ((flags & ClaimFlags.Derived) != 0 && derivedFrom.IsEmpty)
            {
                Report(DataProblemKind.MissingField, raw, file, ClaimFormat.Flags, $"a claim flagged 'derived' must name what it was derived from in '{ClaimFormat.DerivedFrom.Name}'");
            }

            if ((flags & ClaimFlags.Derived) == 0 && !derivedFrom.IsEmpty)
            {
                Report(DataProblemKind.InvalidValue, raw, file, ClaimFormat.DerivedFrom, $"'{ClaimFormat.DerivedFrom.Name}' is only for claims flagged 'derived'");
            }

            if ((flags & ClaimFlags.LowerBound) != 0 && (flags & ClaimFlags.UpperBound) != 0)
            {
                Report(DataProblemKind.InvalidValue, raw, file, ClaimFormat.Flags, "a claim cannot be both 'lower-bound' and 'upper-bound'; a range is two claims");
            }

            var period = raw.Period is null ? null : ParsePeriod(raw, file);
            if (period is not null && period.Start > latestAllowedStart && (flags & ClaimFlags.Planned) == 0)
            {
                Report(DataProblemKind.InvalidPeriod, raw, file, ClaimFormat.Period, $"the period {period} starts more than a year after the load date; a future figure must be flagged 'planned'");
            }

            var unit = raw.Unit is null ? null : ParseUnit(raw, file);
            var value = Value(raw, file, unit);
            var metric = raw.Metric is null ? null : ParseMetric(raw, file);
            var definition = raw.Definition;
            if (definition is not null && !MetricId.IsWellFormed(definition))
            {
                Report(DataProblemKind.InvalidId, raw, file, ClaimFormat.Definition, $"'{ClaimFormat.Definition.Name}' is '{definition}'; expected the id of a variant of the metric (lower-kebab-case)");
                definition = null;
            }

            CheckText(raw, file, ClaimFormat.Note, raw.Note);
            CheckText(raw, file, ClaimFormat.PartLabel, raw.PartLabel);
            foreach (var input in derivedFrom)
            {
                CheckText(raw, file, ClaimFormat.DerivedFrom, input);
            }
            if (raw.ValueKind == RawValueKind.Text)
            {
                CheckText(raw, file, ClaimFormat.Value, raw.ValueText);
            }

            var part = Part(raw, file);
            ClaimDoubt? doubt = null;
            if (raw.Doubt is not null)
            {
                if (Vocabulary.Doubts.TryGetValue(raw.Doubt, out var d))
                {
                    doubt = d;
                }
                else
                {
                    Report(DataProblemKind.InvalidValue, raw, file, ClaimFormat.Doubt, $"'{ClaimFormat.Doubt.Name}' is '{raw.Doubt}'; expected one of: {string.Join(", ", Vocabulary.Doubts.Keys)}.{NearestIds.Hint(raw.Doubt, Vocabulary.Doubts.Keys)}");
                }
            }

            if (metric is null || unit is null || period is null || raw.Source is null || value is null)
            {
                return null;
            }

            return new Claim(kind, subjectId, metric.Value, value, unit, period, raw.Source, raw.Note, flags, derivedFrom, definition, part, doubt, null);
        }

        /// <summary>A claim's part (<c>part</c>, <c>partLabel</c> and the optional <c>partOf</c>), or null when it counts the whole.</summary>
        private ClaimPart? Part(in RawClaim raw, string file)
        {
            if (raw.Part is null && raw.PartLabel is null && raw.PartOf is null)
            {
                return null;
            }

            PartKind? kind = null;
            if (raw.Part is not null)
            {
                if (Vocabulary.PartKinds.TryGetValue(raw.Part, out var k))
                {
                    kind = k;
                }
                else
                {
                    Report(DataProblemKind.InvalidValue, raw, file, ClaimFormat.Part, $"'{ClaimFormat.Part.Name}' is '{raw.Part}'; expected one of: {string.Join(", ", Vocabulary.PartKinds.Keys)}.{NearestIds.Hint(raw.Part, Vocabulary.PartKinds.Keys)}");
                }
            }

            ReferencePeriod? wholePeriod = null;
            if (raw.PartOf is not null && !ReferencePeriod.TryParse(raw.PartOf, out wholePeriod, out var error))
            {
                Report(DataProblemKind.InvalidPeriod, raw, file, ClaimFormat.PartOf, $"'{ClaimFormat.PartOf.Name}' names the period of the whole: {error}");
            }

            if (raw.Part is null)
            {
                Report(DataProblemKind.MissingField, raw, file, raw.PartLabel is not null ? ClaimFormat.PartLabel : ClaimFormat.PartOf, "'partLabel' and 'partOf' describe a part; name its kind in 'part' (per-module, per-section, per-corps, per-shift, per-nationality, per-flight, per-month or per-region)");
                return null;
            }

            if (string.IsNullOrWhiteSpace(raw.PartLabel))
            {
                Report(DataProblemKind.MissingField, raw, file, ClaimFormat.Part, "a part must say which part it is in 'partLabel' (such as \"soldiers\" or \"High Security Unit\")");
                return null;
            }

            return kind is null ? null : new ClaimPart(kind.Value, raw.PartLabel!, wholePeriod);
        }

        private ReferencePeriod? ParsePeriod(in RawClaim raw, string file)
        {
            if (periods.TryGetValue(raw.Period!, out var period))
            {
                return period;
            }

            if (!ReferencePeriod.TryParse(raw.Period!, out period, out var error))
            {
                Report(DataProblemKind.InvalidPeriod, raw, file, ClaimFormat.Period, error!);
                return null;
            }

            periods[raw.Period!] = period;
            return period;
        }

        private Unit? ParseUnit(in RawClaim raw, string file)
        {
            var text = raw.Unit!;
            if (units.TryGetValue(text, out var unit))
            {
                return unit;
            }

            if (!Unit.TryParse(text, out unit))
            {
                Report(DataProblemKind.UnitMismatch, raw, file, ClaimFormat.Unit, $"unknown unit '{text}'; expected count, per-100k, percent, m, km, m2, ha, V, h, h/day, date, category or the code of a current currency ({CurrencyCodes.Edition}, such as USD)");
                return null;
            }

            if (text == "money")
            {
                Report(DataProblemKind.UnitMismatch, raw, file, ClaimFormat.Unit, "a money claim gives its currency as the unit, such as 'USD'");
                return null;
            }

            units[text] = unit;
            return unit;
        }

        private MetricId? ParseMetric(in RawClaim raw, string file)
        {
            var text = raw.Metric!;
            if (metricIds.TryGetValue(text, out var metric))
            {
                return metric;
            }

            if (!MetricId.IsWellFormed(text))
            {
                Report(DataProblemKind.InvalidId, raw, file, ClaimFormat.Metric, $"'{text}' is not a metric id (lower-kebab-case)");
                return null;
            }

            metric = new MetricId(text);
            metricIds[text] = metric;
            return metric;
        }

        private ClaimValue? Value(in RawClaim raw, string file, Unit? unit)
        {
            if (raw.ValueKind == RawValueKind.Missing)
            {
                Report(DataProblemKind.MissingField, raw, file, ClaimFormat.Value, $"required field '{ClaimFormat.Value.Name}' is missing");
                return null;
            }

            if (unit is null)
            {
                return null;
            }

            switch (unit.Kind)
            {
                case UnitKind.Date:
                    ReferencePeriod? date = null;
                    if (raw.ValueKind != RawValueKind.Text || !TryPeriod(raw.ValueText!, out date) || date!.Precision == PeriodPrecision.Interval)
                    {
                        Report(DataProblemKind.InvalidValue, raw, file, ClaimFormat.Value, $"a 'date' value must be a valid date string: a day (yyyy-MM-dd), a month (yyyy-MM) or a year (yyyy); found {Describe(raw)}");
                        return null;
                    }

                    return ClaimValue.FromDate(date);
                case UnitKind.Category:
                    if (raw.ValueKind != RawValueKind.Text || raw.ValueText!.Length == 0)
                    {
                        Report(DataProblemKind.InvalidValue, raw, file, ClaimFormat.Value, $"a 'category' value must be a category id string, found {Describe(raw)}");
                        return null;
                    }

                    return ClaimValue.FromCategory(raw.ValueText);
                default:
                    if (raw.ValueKind == RawValueKind.TooLarge)
                    {
                        Report(DataProblemKind.OutOfRange, raw, file, ClaimFormat.Value, $"the number {raw.At?[ClaimFormat.Value.Name]} is too large to be a figure");
                        return null;
                    }

                    if (raw.ValueKind != RawValueKind.Number)
                    {
                        Report(DataProblemKind.InvalidValue, raw, file, ClaimFormat.Value, $"a value in '{unit.Symbol}' must be a JSON number, found {Describe(raw)}");
                        return null;
                    }

                    return ClaimValue.FromNumber(raw.ValueNumber);
            }
        }

        private void CheckText(in RawClaim raw, string file, DataField field, string? text)
        {
            var flaw = text is null ? null : TextRules.Flaw(text);
            if (flaw is not null)
            {
                Report(DataProblemKind.InvalidValue, raw, file, field, $"'{field.Name}' holds {flaw}; {FieldReader.PlainText}");
            }
        }

        private bool TryPeriod(string text, out ReferencePeriod? period)
        {
            if (periods.TryGetValue(text, out var known))
            {
                period = known;
                return true;
            }

            if (!ReferencePeriod.TryParse(text, out var parsed))
            {
                period = null;
                return false;
            }

            periods[text] = parsed;
            period = parsed;
            return true;
        }

        private static string Describe(in RawClaim raw) => FieldReader.Describe(raw.At?[ClaimFormat.Value.Name]);

        private void Report(DataProblemKind kind, in RawClaim raw, string file, DataField field, string message) =>
            log.Add(kind, file, raw.At?[field.Name] ?? (JToken?)raw.At, message);
    }
}
