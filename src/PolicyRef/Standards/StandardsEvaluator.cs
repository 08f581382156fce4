using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Standards
{
    /// <summary>Evaluates each rule's check against a facility's preferred claims.</summary>
    internal static class StandardsEvaluator
    {
        public static StandardsAssessment Assess(DataIndex reference, Facility facility, IEnumerable<Standard> standards, LocalDate? asOf)
        {
            Claim? Preferred(MetricId metric) => reference.TryGetMetric(metric, out _) ? reference.Select(facility, metric, asOf)?.Chosen : null;
            var results = new List<RuleAssessment>();
            foreach (var standard in standards)
            {
                foreach (var rule in standard.Rules)
                {
                    var (outcome, reason, evidence, derived) = Evaluate(rule, Preferred);
                    results.Add(new RuleAssessment(standard, rule, outcome, reason, evidence.ToImmutableArray(), derived));
                }
            }

            return new StandardsAssessment(facility, results.ToImmutableArray(), reference.DataVersion);
        }

        private static (Compliance, string, IEnumerable<Claim>, DerivedValue?) Evaluate(StandardRule rule, System.Func<MetricId, Claim?> preferred)
        {
            switch (rule.Check)
            {
                case RuleCheck.DailyOutdoorExercise:
                    return Category(preferred(MetricIds.OutdoorExercise), "outdoor access", new[] { "daily", "open" }, new[] { "none", "limited" });
                case RuleCheck.FamilyContact:
                    return Category(preferred(MetricIds.FamilyVisits), "family visits", new[] { "regular", "extended" }, new[] { "none" });
                case RuleCheck.NoConstantLighting:
                    return Category(preferred(MetricIds.Lighting), "cell lighting", new[] { "day-night" }, new[] { "continuous" });
                case RuleCheck.OwnBedding:
                    return Category(preferred(MetricIds.Bedding), "bedding", new[] { "bed", "mattress" }, new[] { "bare-bunk" });
                case RuleCheck.UntriedSeparated:
                    return Category(preferred(MetricIds.UntriedSeparation), "separation of untried people", new[] { "separated" }, new[] { "mixed" });
                case RuleCheck.NoProlongedSolitaryConfinement:
                    return Solitary(preferred(MetricIds.CellConfinementHours), preferred(MetricIds.InmatesPerCell));
                default:
                    return Space(rule, preferred(MetricIds.CellArea), preferred(MetricIds.InmatesPerCell));
            }
        }

        private static (Compliance, string, IEnumerable<Claim>, DerivedValue?) Category(Claim? claim, string what, string[] meets, string[] fails)
        {
            if (claim is null)
            {
                return (Compliance.Unknown, $"no claim on {what}", Enumerable.Empty<Claim>(), null);
            }

            var value = claim.Value.Category;
            if (meets.Contains(value))
            {
                return (Compliance.Met, $"{what}: {value} [{claim.SourceId}]", new[] { claim }, null);
            }

            return fails.Contains(value)
                ? (Compliance.NotMet, $"{what}: {value} [{claim.SourceId}]", new[] { claim }, null)
                : (Compliance.Unknown, $"{what}: {value} does not settle it [{claim.SourceId}]", new[] { claim }, null);
        }

        private static (Compliance, string, IEnumerable<Claim>, DerivedValue?) Solitary(Claim? hours, Claim? occupants)
        {
            if (hours is null || occupants is null)
            {
                return (Compliance.Unknown, "needs both hours confined to cell and people per cell", new[] { hours, occupants }.Where(c => c is not null).Cast<Claim>(), null);
            }

            var evidence = new[] { hours, occupants };
            var h = hours.Value.Number;
            var n = occupants.Value.Number;
            var atMost = hours.Has(ClaimFlags.UpperBound) || !hours.Has(ClaimFlags.LowerBound);
            var atLeast = hours.Has(ClaimFlags.LowerBound) || !hours.Has(ClaimFlags.UpperBound);
            if (h < 22m && atMost)
            {
                return (Compliance.Met, $"{ClaimFormatter.FormatValue(hours)} in cell, under the 22 hours that define solitary confinement", evidence, null);
            }

            var shared = n > 1m && (occupants.Has(ClaimFlags.LowerBound) || !occupants.Has(ClaimFlags.UpperBound));
            var alone = n <= 1m && (occupants.Has(ClaimFlags.UpperBound) || !occupants.Has(ClaimFlags.LowerBound));
            if (h >= 22m && atLeast && shared)
            {
                return (Compliance.Met, $"{ClaimFormatter.FormatValue(hours)} in cell but shared with {ClaimFormatter.FormatValue(occupants)} people: not solitary by the rule's definition (other rules may still not be met)", evidence, null);
            }

            if (h >= 22m && atLeast && alone)
            {
                return (Compliance.NotMet, $"{ClaimFormatter.FormatValue(hours)} alone in a cell as the standing regime", evidence, null);
            }

            return (Compliance.Unknown, $"{ClaimFormatter.FormatValue(hours)} in cell with {ClaimFormatter.FormatValue(occupants)} people does not settle whether it is solitary", evidence, null);
        }

        private static (Compliance, string, IEnumerable<Claim>, DerivedValue?) Space(StandardRule rule, Claim? area, Claim? occupants)
        {
            if (area is null || occupants is null || occupants.Value.Number <= 0m)
            {
                return (Compliance.Unknown, "needs both cell area and people per cell", new[] { area, occupants }.Where(c => c is not null).Cast<Claim>(), null);
            }

            var space = Derivation.SpacePerPerson(area, occupants);
            var single = occupants.Value.Number == 1m && !occupants.Has(ClaimFlags.LowerBound);
            var threshold = single ? rule.SingleCellThreshold : rule.SharedCellThreshold;
            var perPerson = $"{ClaimFormatter.FormatNumber(decimal.Round(space.Value, 2))} m² per person (derived)";
            if (threshold is null)
            {
                return (Compliance.Unknown, $"the rule sets no threshold for {(single ? "single" : "shared")} cells", space.Inputs, space);
            }

            // A bound on the occupants or the area bounds the space per person the other way round (or the same way).
            var bound = Combine(Flip(Direction(occupants)), Direction(area));
            var against = $"against {ClaimFormatter.FormatNumber(threshold.Value)} m² for a {(single ? "single" : "shared")} cell";
            return bound switch
            {
                Bound.Exact => (space.Value >= threshold.Value ? Compliance.Met : Compliance.NotMet, $"{perPerson} {against}", space.Inputs, space),
                Bound.AtLeast when space.Value >= threshold.Value => (Compliance.Met, $"at least {perPerson} {against}", space.Inputs, space),
                Bound.AtMost when space.Value < threshold.Value => (Compliance.NotMet, $"at most {perPerson} {against}", space.Inputs, space),
                Bound.AtLeast => (Compliance.Unknown, $"at least {perPerson}: the figures give only a lower bound, {against}", space.Inputs, space),
                Bound.AtMost => (Compliance.Unknown, $"at most {perPerson}: the figures give only an upper bound, {against}", space.Inputs, space),
                _ => (Compliance.Unknown, $"{perPerson}, but the cell area and occupants are bounds in opposite directions", space.Inputs, space),
            };
        }

        private static Bound Direction(Claim claim) => claim.Has(ClaimFlags.LowerBound) ? Bound.AtLeast : claim.Has(ClaimFlags.UpperBound) ? Bound.AtMost : Bound.Exact;

        private static Bound Flip(Bound bound) => bound == Bound.AtLeast ? Bound.AtMost : bound == Bound.AtMost ? Bound.AtLeast : bound;

        private static Bound Combine(Bound a, Bound b) => a == Bound.Exact ? b : b == Bound.Exact || a == b ? a : Bound.Conflicting;

        private enum Bound
        {
            Exact,
            AtLeast,
            AtMost,
            Conflicting,
        }
    }
}
