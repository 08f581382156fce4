using System.Linq;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>
    /// The checks that need every file read: each claim's metric exists, applies to its subject, and agrees with the claim's
    /// unit, category and plausible range; every cited source and country exists (in this set or the base set).
    /// </summary>
    internal static class ReferenceCheck
    {
        public static void Run(LoadState state)
        {
            CheckClaims(state);
            CheckSources(state);
            CheckCountries(state);
        }

        private static void CheckClaims(LoadState state)
        {
            var log = state.Log;
            var baseSet = state.BaseSet;
            var allMetricIds = state.Metrics.Keys.Select(k => k.Value).Concat(baseSet?.Metrics.Select(m => m.Id.Value) ?? Enumerable.Empty<string>()).ToList();
            foreach (var (claim, at, file) in state.Claims)
            {
                state.SourceReferences.Add((claim.SourceId, at?[ClaimFormat.Source] ?? TokenPlace.Of(null), file, "claim"));
                var metric = FindMetric(state, claim.Metric);
                if (metric is null)
                {
                    log.Add(DataProblemKind.UnknownReference, file, at?[ClaimFormat.Metric] ?? TokenPlace.Of(null), $"unknown metric '{claim.Metric}'; metrics are defined in metrics/<id>.json.{NearestIds.Hint(claim.Metric.Value, allMetricIds)}");
                    continue;
                }

                if (!metric.AppliesToKind(claim.SubjectKind))
                {
                    log.Add(DataProblemKind.MetricNotApplicable, file, at?[ClaimFormat.Metric] ?? TokenPlace.Of(null), $"metric '{metric.Id}' does not apply to a {claim.SubjectKind.ToString().ToLowerInvariant()}; it applies to: {metric.AppliesTo.ToString().ToLowerInvariant()}");
                }

                if (!metric.Unit.Accepts(claim.Unit))
                {
                    var expected = metric.Unit.Kind == UnitKind.Money ? "an ISO 4217 currency code such as 'USD'" : $"'{metric.Unit.Symbol}'";
                    log.Add(DataProblemKind.UnitMismatch, file, at?[ClaimFormat.Unit] ?? TokenPlace.Of(null), $"unit '{claim.Unit}' does not match metric '{metric.Id}', whose unit is {expected}");
                    continue;
                }

                if (claim.Definition is not null && metric.FindVariant(claim.Definition) is null)
                {
                    log.Add(DataProblemKind.UnknownReference, file, at?[ClaimFormat.Definition] ?? TokenPlace.Of(null), metric.Variants.IsEmpty
                        ? $"metric '{metric.Id}' has no variants; a claim of its standard definition names none"
                        : $"'{claim.Definition}' is not a variant of metric '{metric.Id}'; expected one of: {string.Join(", ", metric.Variants.Select(v => v.Id))}.{NearestIds.Hint(claim.Definition, metric.Variants.Select(v => v.Id))}");
                }

                if (claim.Value.Kind == ClaimValueKind.Category && !metric.HasCategory(claim.Value.Category))
                {
                    log.Add(DataProblemKind.UnknownReference, file, at?[ClaimFormat.Value] ?? TokenPlace.Of(null), $"'{claim.Value.Category}' is not a category of metric '{metric.Id}'; expected one of: {string.Join(", ", metric.Categories.Select(c => c.Id))}.{NearestIds.Hint(claim.Value.Category, metric.Categories.Select(c => c.Id))}");
                }

                if (claim.Value.Kind == ClaimValueKind.Number)
                {
                    var number = claim.Value.Number;
                    if ((metric.Minimum is not null && number < metric.Minimum) || (metric.Maximum is not null && number > metric.Maximum))
                    {
                        log.Add(DataProblemKind.OutOfRange, file, at?[ClaimFormat.Value] ?? TokenPlace.Of(null), $"{number} is outside the plausible range of metric '{metric.Id}' ({metric.Minimum?.ToString() ?? "-∞"} to {metric.Maximum?.ToString() ?? "∞"} {metric.Unit})");
                    }
                }
            }
        }

        private static void CheckSources(LoadState state)
        {
            var baseSet = state.BaseSet;
            var allSourceIds = state.Sources.Keys.Concat(baseSet?.Sources.Select(s => s.Id) ?? Enumerable.Empty<string>()).ToList();
            foreach (var (id, at, file, what) in state.SourceReferences)
            {
                if (!state.Sources.ContainsKey(id) && !(baseSet?.TryGetSource(id, out _) ?? false))
                {
                    state.Log.Add(DataProblemKind.UnknownReference, file, at, $"the {what} cites unknown source '{id}'; sources are defined in sources/<group>.json.{NearestIds.Hint(id, allSourceIds)}");
                }
            }
        }

        private static void CheckCountries(LoadState state)
        {
            var baseSet = state.BaseSet;
            var allCountryIds = state.Countries.Keys.Select(c => c.Value).Concat(baseSet?.Countries.Select(c => c.Id) ?? Enumerable.Empty<string>()).ToList();
            foreach (var (code, at, file) in state.CountryReferences)
            {
                if (!state.Countries.ContainsKey(code) && !(baseSet?.TryGetCountry(code, out _) ?? false))
                {
                    state.Log.Add(DataProblemKind.UnknownReference, file, at, $"unknown country '{code}'; countries are defined in countries/<ISO3>.json.{NearestIds.Hint(code.Value, allCountryIds)}");
                }
            }
        }

        private static MetricDefinition? FindMetric(LoadState state, MetricId id)
        {
            if (state.Metrics.TryGetValue(id, out var metric))
            {
                return metric;
            }

            return state.BaseSet is not null && state.BaseSet.TryGetMetric(id, out var fromBase) ? fromBase : null;
        }
    }
}
