using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using PolicyRef.Internal;
using PolicyRef.Model;

namespace PolicyRef.Standards
{
    /// <summary>A facility's claims evaluated against international standards, rule by rule, with the evidence for each outcome.</summary>
    public sealed class StandardsAssessment
    {
        internal StandardsAssessment(Facility facility, ImmutableArray<RuleAssessment> rules, string dataVersion)
        {
            Facility = facility;
            Rules = rules;
            DataVersion = dataVersion;
        }

        /// <summary>The facility.</summary>
        public Facility Facility { get; }

        /// <summary>One assessment per rule, in standard and rule order.</summary>
        public ImmutableArray<RuleAssessment> Rules { get; }

        /// <summary>The data release.</summary>
        public string DataVersion { get; }

        /// <summary>How many rules had each outcome.</summary>
        /// <param name="outcome">The outcome.</param>
        /// <returns>The count.</returns>
        public int Count(Compliance outcome) => Rules.Count(r => r.Outcome == outcome);

        /// <summary>The assessment as a readable table.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => ToText(int.MaxValue);

        /// <summary>The text with its table's widest cells wrapped to fit <paramref name="width"/> columns where they can.</summary>
        internal string ToText(int width)
        {
            var rows = Rules.Select(r => (IReadOnlyList<string>)new[]
            {
                r.Standard.Id, r.Rule.Number, r.Rule.Id, r.Outcome.ToString(), r.Reason,
            }).ToList();
            return TextTable.WrapLines(new StringBuilder()
                .Append(Facility.DisplayName).Append(" (").Append(Facility.Country).Append(") against international standards\n")
                .Append(TextTable.Render(new[] { "Standard", "Rule", "Topic", "Outcome", "Why" }, rows, width))
                .Append($"{Count(Compliance.Met)} met, {Count(Compliance.NotMet)} not met, {Count(Compliance.Unknown)} unknown. Unknown means the data does not say. PolicyRef data {DataVersion}\n")
                .ToString(), width);
        }
    }
}
