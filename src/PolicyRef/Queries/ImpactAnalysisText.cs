using System.Globalization;
using System.Linq;
using System.Text;

namespace PolicyRef.Queries
{
    /// <summary>The diagnostics part of an impact analysis's text.</summary>
    internal static class ImpactAnalysisText
    {
        public static void AppendDiagnostics(StringBuilder text, ImpactAnalysis impact)
        {
            text.Append("\nEvent study (gap = policy country minus comparison mean, minus its before-window mean):\n");
            foreach (var year in impact.EventStudy)
            {
                text.Append("  ").Append(year.Year.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(year.Window.PadRight(7))
                    .Append(ImpactAnalysis.Format(year.Treated)).Append(" vs ").Append(ImpactAnalysis.Format(year.Comparison)).Append(": gap ").Append(ImpactAnalysis.Format(year.Gap)).Append('\n');
            }

            text.Append("Pre-trend (slope a year over the before window): ").Append(impact.Policy.Country.Value).Append(' ').Append(Slope(impact.TreatedPreSlope))
                .Append(", comparison mean ").Append(Slope(impact.ComparisonPreSlope)).Append('\n');
            text.Append("Placebos in time (fake start year: difference-in-differences): ")
                .Append(impact.PlacebosInTime.IsEmpty ? "none possible with these windows and figures" : string.Join(", ", impact.PlacebosInTime.Select(p => p.ToString()))).Append('\n');
            text.Append("Placebos in space (each comparison country in the policy country's place): ")
                .Append(impact.PlacebosInSpace.IsEmpty ? "none" : string.Join(", ", impact.PlacebosInSpace.Select(p => p.ToString())));
            if (impact.PlaceboRank is { } rank)
            {
                text.Append($"; rank {rank} of {impact.PlacebosInSpace.Count(p => p.DifferenceInDifferences is not null) + 1}, permutation p = {impact.PlaceboPValue!.Value.ToString("0.###", CultureInfo.InvariantCulture)} (with so few countries the smallest possible p is {(1.0 / (impact.PlacebosInSpace.Count(p => p.DifferenceInDifferences is not null) + 1)).ToString("0.###", CultureInfo.InvariantCulture)})");
            }

            text.Append('\n');
            if (!impact.LeftOut.IsEmpty)
            {
                text.Append("Left out of the comparison: ").Append(string.Join("; ", impact.LeftOut)).Append('\n');
            }

            text.Append("Status: ").Append(Estimation.PanelEstimate.StatusText(impact.Status)).Append('\n');
            text.Append("Warnings:").Append(impact.Warnings.IsEmpty ? " none\n" : "\n");
            foreach (var warning in impact.Warnings)
            {
                text.Append("- ").Append(warning).Append('\n');
            }
        }

        /// <summary>Which definition each window point counts: one line when all count the standard definition, else one line per country.</summary>
        public static void AppendDefinitions(StringBuilder text, ImpactAnalysis impact)
        {
            var subjects = new[] { impact.Treated }.Concat(impact.Comparison)
                .Select(s => (s.Country.Code.Value, Points: s.Before.Points.Concat(s.After.Points).Select(p => (p.Period.Start.Year, DefinitionSeries.Label(p))).ToList()))
                .Where(s => s.Points.Count > 0)
                .ToList();
            if (subjects.All(s => s.Points.All(p => p.Item2 == DefinitionSeries.StandardLabel)))
            {
                text.Append("Every window point counts the standard definition of the metric");
                text.Append(impact.Options.Definition is null ? ".\n" : $" (no figure of {impact.Options.Definition} in the windows).\n");
                return;
            }

            text.Append("Definitions of the window points (").Append(impact.Options.Definition).Append(" where a year has it, else standard):\n");
            foreach (var (country, points) in subjects)
            {
                text.Append("  ").Append(country).Append(": ").Append(DefinitionSeries.Describe(points)).Append('\n');
            }
        }

        private static string Slope(double? slope) => slope is null ? "—" : slope.Value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
