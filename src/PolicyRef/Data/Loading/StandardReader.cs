using System.Collections.Immutable;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;
using PolicyRef.Standards;

namespace PolicyRef.Data
{
    /// <summary>Reads a standard file (<see cref="StandardFormat"/>, with its rules).</summary>
    internal static class StandardReader
    {
        public static void Read(LoadState state, string file, JToken json)
        {
            var r = state.Reader(file, json, StandardFormat.Entity);
            if (!r.IsValid)
            {
                return;
            }

            var id = state.ReadId(r, StandardFormat.Id, LoadState.IdFromFileName(file), "standard");
            var name = r.String(StandardFormat.Name);
            var edition = r.String(StandardFormat.Edition);
            var sourceIds = state.ReadSourceList(r, StandardFormat.Sources, "standard");
            var rules = ImmutableArray.CreateBuilder<StandardRule>();
            foreach (var item in r.Array(StandardFormat.Rules) ?? new JArray())
            {
                var rule = ReadRule(state, file, item, rules);
                if (rule is not null)
                {
                    rules.Add(rule);
                }
            }

            if (id is null || name is null || edition is null || !state.Define("standard:" + id, file, r, StandardFormat.Id))
            {
                return;
            }

            state.Standards[id] = new Standard(id, name, edition, sourceIds, rules.ToImmutable());
        }

        private static StandardRule? ReadRule(LoadState state, string file, JToken item, ImmutableArray<StandardRule>.Builder earlier)
        {
            var x = state.Reader(file, item, RuleFormat.Entity);
            var ruleId = x.String(RuleFormat.Id);
            var number = x.String(RuleFormat.Number);
            var summary = x.String(RuleFormat.Summary);
            var check = x.Enum(RuleFormat.Check, Vocabulary.RuleChecks);
            var single = LoadState.Number(x, RuleFormat.SingleCellThreshold);
            var shared = LoadState.Number(x, RuleFormat.SharedCellThreshold);
            var source = state.ReadSourceReference(x, RuleFormat.Source, "rule");
            if (check == RuleCheck.MinimumLivingSpace && single is null && shared is null)
            {
                x.Report(DataProblemKind.MissingField, x.Token(RuleFormat.Check), $"a 'minimum-living-space' rule needs '{RuleFormat.SingleCellThreshold.Name}' or '{RuleFormat.SharedCellThreshold.Name}' (square metres)");
            }

            if (check is not null && check != RuleCheck.MinimumLivingSpace && (single is not null || shared is not null))
            {
                x.Report(DataProblemKind.InvalidValue, x.Token(RuleFormat.SingleCellThreshold) ?? x.Token(RuleFormat.SharedCellThreshold), "thresholds are only for 'minimum-living-space' rules");
            }

            if (ruleId is not null && earlier.Any(existing => existing.Id == ruleId))
            {
                x.Report(DataProblemKind.DuplicateId, x.Token(RuleFormat.Id), $"rule '{ruleId}' is listed twice");
                return null;
            }

            return ruleId is not null && number is not null && summary is not null && check is not null && source is not null
                ? new StandardRule(ruleId, number, summary, check.Value, single, shared, source)
                : null;
        }
    }
}
