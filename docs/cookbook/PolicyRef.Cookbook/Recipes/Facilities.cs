using System;
using System.IO;
using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cookbook.Recipes
{
    /// <summary>Recipes about prison facilities.</summary>
    public static class Facilities
    {
        // <cecot-vs-peers>
        public static void CecotAgainstItsPeers(TextWriter output)
        {
            var data = PolicyReference.Default;

            // CECOT (El Salvador) beside prisons in Honduras, Ecuador, the United States and Norway.
            var facilities = new[] { "cecot", "el-pozo-ilama", "la-roca", "adx-florence", "halden" };
            var metrics = new[]
            {
                MetricIds.Opened, MetricIds.DesignCapacity, MetricIds.ReportedPopulation, MetricIds.CellArea,
                MetricIds.InmatesPerCell, MetricIds.CellConfinementHours, MetricIds.FamilyVisits, MetricIds.OutdoorExercise,
            };

            // One row per metric, one column per facility, sources as footnotes, disagreements listed.
            output.Write(data.CompareFacilities(facilities, metrics));
        }
        // </cecot-vs-peers>

        // <mandela-rules>
        public static void AssessAgainstTheMandelaRules(TextWriter output)
        {
            var data = PolicyReference.Default;

            // The Nelson Mandela Rules (2015) and the CPT and ICRC minimum living space, rule by rule.
            var assessment = data.Assess(data.GetFacility("cecot"));
            output.Write(assessment);
            output.WriteLine();

            // Every outcome keeps the claims it was decided on, Unknown ones included, and a derived
            // value says how it was computed.
            foreach (var rule in assessment.Rules.Where(r => !r.Evidence.IsEmpty))
            {
                output.WriteLine($"{rule.Standard.Id} {rule.Rule.Number}: {rule.Outcome}: {rule.Reason}");
                if (rule.Derived is { } derived)
                {
                    output.WriteLine($"  computed as {derived.Formula}, from:");
                }

                foreach (var claim in rule.Evidence)
                {
                    output.WriteLine($"  {claim.Metric}: {ClaimFormatter.FormatValue(claim)} ({claim.Period}) per {data.GetSource(claim.SourceId).Publisher}");
                }
            }
        }
        // </mandela-rules>
    }
}
