using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>The words data files use for enumerations, in both directions.</summary>
    internal static class Vocabulary
    {
        public static readonly ImmutableDictionary<string, SourceKind> SourceKinds = Map(
            ("official-statistics", SourceKind.OfficialStatistics),
            ("government", SourceKind.Government),
            ("intergovernmental", SourceKind.Intergovernmental),
            ("research", SourceKind.Research),
            ("ngo", SourceKind.Ngo),
            ("press", SourceKind.Press),
            ("documentary", SourceKind.Documentary),
            ("other", SourceKind.Other));

        public static readonly ImmutableDictionary<string, AliasKind> AliasKinds = Map(
            ("acronym", AliasKind.Acronym),
            ("translation", AliasKind.Translation),
            ("common", AliasKind.Common),
            ("former", AliasKind.Former));

        public static readonly ImmutableDictionary<string, PolicyKind> PolicyKinds = Map(
            ("state-of-emergency", PolicyKind.StateOfEmergency),
            ("legislation", PolicyKind.Legislation),
            ("prison-construction", PolicyKind.PrisonConstruction),
            ("sentencing-reform", PolicyKind.SentencingReform),
            ("decarceration", PolicyKind.Decarceration),
            ("security-operation", PolicyKind.SecurityOperation),
            ("other", PolicyKind.Other));

        public static readonly ImmutableDictionary<string, PolicyEventKind> EventKinds = Map(
            ("trigger", PolicyEventKind.Trigger),
            ("declaration", PolicyEventKind.Declaration),
            ("renewal", PolicyEventKind.Renewal),
            ("amendment", PolicyEventKind.Amendment),
            ("statement", PolicyEventKind.Statement),
            ("report", PolicyEventKind.Report),
            ("transfer", PolicyEventKind.Transfer),
            ("other", PolicyEventKind.Other));

        public static readonly ImmutableDictionary<string, ProvisionKind> ProvisionKinds = Map(
            ("rights-suspended", ProvisionKind.RightsSuspended),
            ("detention-limit", ProvisionKind.DetentionLimit),
            ("trial-procedure", ProvisionKind.TrialProcedure),
            ("sentencing", ProvisionKind.Sentencing),
            ("penalties", ProvisionKind.Penalties),
            ("military-role", ProvisionKind.MilitaryRole),
            ("prison-regime", ProvisionKind.PrisonRegime),
            ("other", ProvisionKind.Other));

        public static readonly ImmutableDictionary<string, RuleCheck> RuleChecks = Map(
            ("daily-outdoor-exercise", RuleCheck.DailyOutdoorExercise),
            ("family-contact", RuleCheck.FamilyContact),
            ("no-prolonged-solitary-confinement", RuleCheck.NoProlongedSolitaryConfinement),
            ("no-constant-lighting", RuleCheck.NoConstantLighting),
            ("own-bedding", RuleCheck.OwnBedding),
            ("untried-separated", RuleCheck.UntriedSeparated),
            ("minimum-living-space", RuleCheck.MinimumLivingSpace));

        public static readonly ImmutableDictionary<string, MetricTemporality> Temporalities = Map(
            ("fixed", MetricTemporality.Fixed),
            ("varying", MetricTemporality.Varying));

        public static readonly ImmutableDictionary<string, SubjectKind> SubjectKindNames = Map(
            ("country", SubjectKind.Country),
            ("facility", SubjectKind.Facility),
            ("policy", SubjectKind.Policy));

        public static readonly ImmutableDictionary<string, ClaimFlags> Flags = Map(
            ("estimate", ClaimFlags.Estimate),
            ("provisional", ClaimFlags.Provisional),
            ("derived", ClaimFlags.Derived),
            ("planned", ClaimFlags.Planned),
            ("lower-bound", ClaimFlags.LowerBound),
            ("upper-bound", ClaimFlags.UpperBound),
            ("approximate", ClaimFlags.Approximate));

        public static readonly ImmutableDictionary<string, PartKind> PartKinds = Map(
            ("per-module", PartKind.PerModule),
            ("per-section", PartKind.PerSection),
            ("per-corps", PartKind.PerCorps),
            ("per-shift", PartKind.PerShift),
            ("per-nationality", PartKind.PerNationality),
            ("per-flight", PartKind.PerFlight),
            ("per-month", PartKind.PerMonth),
            ("per-region", PartKind.PerRegion));

        public static readonly ImmutableDictionary<string, ClaimDoubt> Doubts = Map(
            ("unit", ClaimDoubt.Unit),
            ("value", ClaimDoubt.Value));

        public static readonly ImmutableDictionary<string, MetricMeasure> Measures = Map(
            ("stock", MetricMeasure.Stock),
            ("flow", MetricMeasure.Flow));

        public static string Name<TEnum>(ImmutableDictionary<string, TEnum> map, TEnum value) =>
            map.First(pair => EqualityComparer<TEnum>.Default.Equals(pair.Value, value)).Key;

        public static IEnumerable<string> FlagNames(ClaimFlags flags) =>
            Flags.Where(pair => (flags & pair.Value) != 0).OrderBy(pair => pair.Value).Select(pair => pair.Key);

        /// <summary>The flag names of the export contract: those of data files, then <c>suspect</c>, which the plausibility screens set when the set is built and data files never carry.</summary>
        public static IEnumerable<string> ExportFlagNames(ClaimFlags flags) =>
            (flags & ClaimFlags.Suspect) != 0 ? FlagNames(flags).Append(SuspectFlagName) : FlagNames(flags);

        public const string SuspectFlagName = "suspect";

        private static ImmutableDictionary<string, T> Map<T>(params (string Name, T Value)[] pairs) =>
            pairs.ToImmutableDictionary(p => p.Name, p => p.Value);
    }
}
