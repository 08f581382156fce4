using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PolicyRef.DataImport
{
    /// <summary>The text the importer prints: what it wrote, what it skipped and why.</summary>
    internal static class Summary
    {
        /// <summary>The known-fault checks, listed even when nothing was caught, so that a zero is visible.</summary>
        private static readonly string[] AlwaysShown =
        {
            ImportReport.BadYear, ImportReport.OutOfRange, ImportReport.SlvBySex, ImportReport.NoYear, ImportReport.ConflictingDuplicate, ImportReport.BadNumber,
        };

        /// <summary>Formats the result.</summary>
        /// <param name="result">The import result.</param>
        /// <param name="maxDetails">Detail lines shown per reason; the full list goes to the --report file.</param>
        public static string Format(ImportResult result, int maxDetails)
        {
            var text = new StringBuilder();
            void Line(string s) => text.Append(s).Append('\n');
            string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

            var countries = result.Countries;
            Line($"Countries written: {N(countries.Count)} ({N(countries.Count(c => c.IsNew))} new, {N(countries.Count(c => !c.IsNew))} existing files updated)");
            foreach (var c in countries.Where(c => !c.IsNew))
            {
                Line($"  {c.Id}: kept {N(c.CuratedClaims)} curated claims; bulk claims {N(c.PreviousBulkClaims)} -> {N(c.BulkClaims)}");
            }

            foreach (var group in countries.Where(c => c.IsNew).GroupBy(c => c.NameFrom).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Line($"  new files named from {group.Key}: {N(group.Count())}");
            }

            Line(string.Empty);
            Line($"Claims from bulk sources: {N(result.Claims.Count)}");
            var sources = result.Claims.Select(c => c.Source).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
            var metricWidth = Math.Max(6, result.Claims.Select(c => c.Metric.Length).DefaultIfEmpty(0).Max());
            var header = "  " + "metric".PadRight(metricWidth) + string.Concat(sources.Select(s => " " + s.PadLeft(Math.Max(s.Length, 7)))) + "   total";
            Line(header);
            foreach (var metric in result.Claims.Select(c => c.Metric).Distinct().OrderBy(m => m, StringComparer.Ordinal))
            {
                var row = "  " + metric.PadRight(metricWidth);
                foreach (var source in sources)
                {
                    var count = result.Claims.Count(c => c.Metric == metric && c.Source == source);
                    row += " " + (count == 0 ? "-" : N(count)).PadLeft(Math.Max(source.Length, 7));
                }

                Line(row + " " + N(result.Claims.Count(c => c.Metric == metric)).PadLeft(7));
            }

            var totals = "  " + "total".PadRight(metricWidth) + string.Concat(sources.Select(s => " " + N(result.Claims.Count(c => c.Source == s)).PadLeft(Math.Max(s.Length, 7))));
            Line(totals + " " + N(result.Claims.Count).PadLeft(7));
            Line($"  of which derived by PolicyRef: {N(result.Claims.Count(c => c.IsDerived))}");
            foreach (var variant in result.Claims.Where(c => c.Definition is not null).GroupBy(c => (c.Metric, c.Definition)).OrderBy(g => g.Key.Metric, StringComparer.Ordinal))
            {
                Line($"  of which naming a variant by the scope rule: {N(variant.Count())} {variant.Key.Metric} ({variant.Key.Definition})");
            }

            Line(string.Empty);
            var skipped = result.Report.Skipped.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            foreach (var reason in AlwaysShown.Where(r => !skipped.ContainsKey(r)))
            {
                skipped[reason] = Array.Empty<string>();
            }

            Line($"Skipped, by reason: {N(skipped.Values.Sum(v => v.Count))}");
            foreach (var (reason, details) in skipped.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Line($"  {reason}: {N(details.Count)}");
                var grouped = details.GroupBy(d => d).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ({N(g.Count())} rows)").ToList();
                foreach (var detail in grouped.Take(maxDetails))
                {
                    Line("    " + detail);
                }

                if (grouped.Count > maxDetails)
                {
                    Line($"    ... {N(grouped.Count - maxDetails)} more");
                }
            }

            Line(string.Empty);
            Line(result.Report.UnmappedNames.Count == 0 ? "Unmapped names: none" : $"Unmapped names: {N(result.Report.UnmappedNames.Count)}");
            foreach (var name in result.Report.UnmappedNames)
            {
                Line("  " + name);
            }

            foreach (var (topic, details) in result.Report.Notes.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Line(string.Empty);
                Line($"Note: {topic}: {N(details.Count)}");
                foreach (var detail in details.Take(maxDetails))
                {
                    Line("  " + detail);
                }

                if (details.Count > maxDetails)
                {
                    Line($"  ... {N(details.Count - maxDetails)} more");
                }
            }

            return text.ToString();
        }
    }
}
