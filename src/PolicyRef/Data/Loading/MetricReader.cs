using System.Collections.Immutable;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>Reads a metric file (<see cref="MetricFormat"/>).</summary>
    internal static class MetricReader
    {
        public static void Read(LoadState state, string file, JToken json)
        {
            var r = state.Reader(file, json, MetricFormat.Entity);
            if (!r.IsValid)
            {
                return;
            }

            var id = state.ReadId(r, MetricFormat.Id, LoadState.IdFromFileName(file), "metric");
            var name = r.String(MetricFormat.Name);
            var unitText = r.String(MetricFormat.Unit);
            var temporality = r.Enum(MetricFormat.Temporal, Vocabulary.Temporalities);
            var definition = r.String(MetricFormat.Definition);
            var comparability = r.String(MetricFormat.Comparability);
            var appliesTo = SubjectKindFlags.None;
            foreach (var kind in r.Strings(MetricFormat.AppliesTo))
            {
                if (Vocabulary.SubjectKindNames.TryGetValue(kind, out var subject))
                {
                    appliesTo |= MetricDefinition.ToFlag(subject);
                }
                else
                {
                    r.Report(DataProblemKind.InvalidValue, r.Token(MetricFormat.AppliesTo), $"'{MetricFormat.AppliesTo.Name}' lists '{kind}'; expected country, facility or policy");
                }
            }

            if (appliesTo == SubjectKindFlags.None && r.Token(MetricFormat.AppliesTo) is JArray)
            {
                r.Report(DataProblemKind.InvalidValue, r.Token(MetricFormat.AppliesTo), $"'{MetricFormat.AppliesTo.Name}' must name at least one of country, facility, policy");
            }

            Unit? unit = null;
            if (unitText is not null && (!Unit.TryParse(unitText, out unit) || (unit.Kind == UnitKind.Money && unit.Currency is not null)))
            {
                r.Report(DataProblemKind.InvalidValue, r.Token(MetricFormat.Unit), $"'{MetricFormat.Unit.Name}' is '{unitText}'; expected one of count, per-100k, percent, m, km, m2, ha, V, h, h/day, money, date, category");
                unit = null;
            }

            var min = LoadState.Number(r, MetricFormat.Min);
            var max = LoadState.Number(r, MetricFormat.Max);
            var tolerance = LoadState.Number(r, MetricFormat.Tolerance);
            if (min is not null && max is not null && min > max)
            {
                r.Report(DataProblemKind.InvalidValue, r.Token(MetricFormat.Min), $"'{MetricFormat.Min.Name}' ({min}) is greater than '{MetricFormat.Max.Name}' ({max})");
            }

            if (tolerance is not null && (tolerance < 0m || tolerance >= 1m))
            {
                r.Report(DataProblemKind.OutOfRange, r.Token(MetricFormat.Tolerance), $"'{MetricFormat.Tolerance.Name}' is {tolerance}; expected a relative difference from 0 up to (not including) 1");
            }

            var decimals = LoadState.Number(r, MetricFormat.Decimals);
            if (decimals is not null && (decimals < 0m || decimals > 6m || decimal.Truncate(decimals.Value) != decimals))
            {
                r.Report(DataProblemKind.OutOfRange, r.Token(MetricFormat.Decimals), $"'{MetricFormat.Decimals.Name}' is {decimals}; expected a whole number of decimals from 0 to 6");
                decimals = null;
            }

            var categories = ReadCategories(state, r, unit);
            var measure = r.Enum(MetricFormat.Measure, Vocabulary.Measures);
            var definitionSource = r.String(MetricFormat.DefinitionSource);
            if (definitionSource is not null)
            {
                state.SourceReferences.Add((definitionSource, TokenPlace.Of(r.Token(MetricFormat.DefinitionSource)), file, "metric definition"));
            }

            var variants = ReadVariants(state, r);
            if (id is null || name is null || unit is null || temporality is null || definition is null)
            {
                return;
            }

            var metricId = new MetricId(id);
            if (state.Metrics.ContainsKey(metricId) || (state.BaseSet?.TryGetMetric(metricId, out _) ?? false))
            {
                r.Report(DataProblemKind.DuplicateId, r.Token(MetricFormat.Id), $"metric '{id}' is already defined{(state.Metrics.ContainsKey(metricId) ? string.Empty : " by the base data set")}");
                return;
            }

            state.Metrics[metricId] = new MetricDefinition(metricId, name, appliesTo, unit, temporality.Value, definition, comparability, min, max, tolerance ?? 0m, categories, measure ?? MetricMeasure.Stock, definitionSource, variants, decimals is null ? null : (int)decimals.Value);
        }

        private static ImmutableArray<MetricVariant> ReadVariants(LoadState state, FieldReader r)
        {
            var variants = ImmutableArray.CreateBuilder<MetricVariant>();
            var variantArray = r.Array(MetricFormat.Variants, false);
            if (variantArray is null)
            {
                return variants.ToImmutable();
            }

            foreach (var item in variantArray)
            {
                var v = state.Reader(r.File, item, VariantFormat.Entity);
                if (!v.IsValid)
                {
                    continue;
                }

                var variantId = state.ReadId(v, VariantFormat.Id, null, "variant");
                var variantName = v.String(VariantFormat.Name);
                var description = v.String(VariantFormat.Description);
                var variantSource = v.String(VariantFormat.Source);
                if (variantSource is not null)
                {
                    state.SourceReferences.Add((variantSource, TokenPlace.Of(v.Token(VariantFormat.Source)), r.File, "metric variant"));
                }

                if (variantId is not null && variants.Any(x => x.Id == variantId))
                {
                    v.Report(DataProblemKind.DuplicateId, v.Token(VariantFormat.Id), $"variant '{variantId}' is listed twice");
                }
                else if (variantId is not null && variantName is not null && description is not null && variantSource is not null)
                {
                    variants.Add(new MetricVariant(variantId, variantName, description, variantSource));
                }
            }

            return variants.ToImmutable();
        }

        private static ImmutableArray<MetricCategory> ReadCategories(LoadState state, FieldReader r, Unit? unit)
        {
            var categories = ImmutableArray.CreateBuilder<MetricCategory>();
            var categoryArray = r.Array(MetricFormat.Categories, unit?.Kind == UnitKind.Category);
            if (categoryArray is null)
            {
                return categories.ToImmutable();
            }

            if (unit is not null && unit.Kind != UnitKind.Category)
            {
                r.Report(DataProblemKind.InvalidValue, categoryArray, $"'{MetricFormat.Categories.Name}' is only for metrics whose unit is 'category'");
            }

            foreach (var item in categoryArray)
            {
                var c = state.Reader(r.File, item, CategoryFormat.Entity);
                var categoryId = c.String(CategoryFormat.Id);
                var description = c.String(CategoryFormat.Description);
                if (categoryId is not null && description is not null)
                {
                    if (categories.Any(x => x.Id == categoryId))
                    {
                        c.Report(DataProblemKind.DuplicateId, c.Token(CategoryFormat.Id), $"category '{categoryId}' is listed twice");
                    }

                    categories.Add(new MetricCategory(categoryId, description));
                }
            }

            return categories.ToImmutable();
        }
    }
}
