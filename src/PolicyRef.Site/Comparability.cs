using System.Collections.Generic;
using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Site
{
    /// <summary>
    /// The comparability fields of a figure, each shown through one function so that a field the library gains is shown
    /// on every page by changing one place. Fields the library does not have yet render nothing.
    /// </summary>
    internal static class Comparability
    {
        /// <summary>
        /// The variant of the metric a claim counts, when it is not the metric's standard definition. Claims carry no
        /// definition field yet: nothing to show.
        /// </summary>
        public static string Definition(Claim claim) => string.Empty;

        /// <summary>A mark on a figure flagged as suspect. Claims carry no suspect flag yet: nothing to show.</summary>
        public static string Suspect(Claim claim) => string.Empty;

        /// <summary>Whether a claim is flagged as suspect, for the page's list of suspect figures. No such flag yet.</summary>
        public static bool IsSuspect(Claim claim) => false;

        /// <summary>Where a series breaks (a change of definition or method), in years, for the chart's dashed lines. Series carry no breaks yet.</summary>
        public static IReadOnlyList<double> Breaks(Series series) => new List<double>();

        /// <summary>
        /// The diagnostics of a before/after estimate: each window's observations and missing years, the comparison
        /// countries used and the estimate with other windows.
        /// </summary>
        public static string EstimateDiagnostics(ImpactAnalysis impact)
        {
            var rows = new List<string>();
            void Row(string what, string value) => rows.Add("<tr><th scope=\"row\">" + Markup.Html(what) + "</th><td>" + Markup.Html(value) + "</td></tr>");
            Row("Observations before / after (" + impact.Treated.Country.Name + ")", Markup.Integer(impact.Treated.Before.Observations) + " / " + Markup.Integer(impact.Treated.After.Observations));
            Row("Missing years before", Years(impact.Treated.Before.MissingYears));
            Row("Missing years after", Years(impact.Treated.After.MissingYears));
            Row("Comparison countries with figures in both windows", Markup.Integer(impact.ComparisonCountriesUsed) + " of " + Markup.Integer(impact.Comparison.Length));
            Row("Year left out (the policy's start year)", Markup.Integer(impact.ExcludedYear));
            foreach (var s in impact.Sensitivity)
            {
                Row($"Difference-in-differences with {s.YearsBefore} years before, {s.YearsAfter} after", Number(s.DifferenceInDifferences));
            }

            return "<table class=\"diagnostics\"><tbody>" + string.Concat(rows) + "</tbody></table>";
        }

        /// <summary>A number, or "none" when there is none.</summary>
        public static string Number(decimal? value) => value is null ? "none (not enough figures)" : ClaimFormatter.FormatNumber(decimal.Round(value.Value, 2));

        private static string Years(IEnumerable<int> years)
        {
            var list = years.Select(Markup.Integer).ToList();
            return list.Count == 0 ? "none" : string.Join(", ", list);
        }
    }
}
