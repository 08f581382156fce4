using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Newtonsoft.Json.Linq;
using PolicyRef.Model;

namespace PolicyRef.Cookbook
{
    /// <summary>The pages generated from files under data/: the data dictionary and the changelog.</summary>
    public static class GeneratedPages
    {
        /// <summary>The command that regenerates every generated file of the documentation.</summary>
        public const string Command = "dotnet run --project docs/cookbook/PolicyRef.Cookbook";

        /// <summary>The generated pages, by path under docs/.</summary>
        /// <param name="repository">The repository.</param>
        /// <returns>File name and content.</returns>
        public static IReadOnlyDictionary<string, string> All(DocsRepository repository) => new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["data-dictionary.md"] = DataDictionary(repository),
            ["changelog.md"] = Changelog(repository),
        };

        /// <summary>Every metric, its unit and definition, from data/metrics/*.json.</summary>
        /// <param name="repository">The repository.</param>
        /// <returns>Markdown.</returns>
        public static string DataDictionary(DocsRepository repository)
        {
            if (repository is null)
            {
                throw new ArgumentNullException(nameof(repository));
            }

            var data = PolicyReference.Default;
            var handles = typeof(MetricIds).GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(MetricId))
                .ToDictionary(p => ((MetricId)p.GetValue(null)!).Value, p => "MetricIds." + p.Name, StringComparer.Ordinal);
            var claims = data.Claims.GroupBy(c => c.Metric.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var metrics = Directory.GetFiles(Path.Combine(repository.Root, "data", "metrics"), "*.json")
                .Select(f => JObject.Parse(File.ReadAllText(f)))
                .OrderBy(m => (string)m["id"]!, StringComparer.Ordinal)
                .ToList();

            var text = new StringBuilder();
            text.Append("# Data dictionary\n\n");
            text.Append("Every metric of PolicyRef data ").Append(data.DataVersion).Append(": its unit, what it measures and what limits comparisons. ");
            text.Append("Generated from `data/metrics/*.json` by `").Append(Command).Append("`; a test keeps it in step with `data/`. ");
            text.Append("A *fixed* metric describes something that does not change unless rebuilt (claims of any period describe the same thing); ");
            text.Append("a *varying* one is measured at a time. Two figures for the same thing agree when they differ by less than the tolerance, ");
            text.Append("relative to the larger (see [concepts](concepts.md)).\n\n");
            text.Append("| metric | name | unit | applies to | over time | claims |\n|---|---|---|---|---|---|\n");
            foreach (var m in metrics)
            {
                var id = (string)m["id"]!;
                text.Append("| [`").Append(id).Append("`](#").Append(id).Append(") | ").Append(Cell((string)m["name"]!)).Append(" | `").Append((string)m["unit"]!)
                    .Append("` | ").Append(string.Join(", ", m["appliesTo"]!.Select(a => (string)a!))).Append(" | ").Append((string)m["temporal"]!)
                    .Append(" | ").Append(Count(claims, id)).Append(" |\n");
            }

            foreach (var m in metrics)
            {
                var id = (string)m["id"]!;
                text.Append("\n## ").Append(id).Append("\n\n");
                text.Append("**").Append((string)m["name"]!).Append("**");
                if (handles.TryGetValue(id, out var handle))
                {
                    text.Append(" — `").Append(handle).Append('`');
                }

                text.Append("\n\n").Append((string)m["definition"]!).Append("\n\n");
                text.Append("| | |\n|---|---|\n");
                text.Append("| unit | `").Append((string)m["unit"]!).Append("`: ").Append(UnitText((string)m["unit"]!)).Append(" |\n");
                text.Append("| applies to | ").Append(string.Join(", ", m["appliesTo"]!.Select(a => (string)a!))).Append(" |\n");
                text.Append("| over time | ").Append((string)m["temporal"]! == "fixed" ? "fixed: claims of any period describe the same thing" : "varying: each claim is for its own period").Append(" |\n");
                if (m["comparability"] is { } comparability)
                {
                    text.Append("| comparability | ").Append(Cell((string)comparability!)).Append(" |\n");
                }

                if (m["min"] is { } min && m["max"] is { } max)
                {
                    text.Append("| plausible range | ").Append(Number(min)).Append(" to ").Append(Number(max)).Append(" |\n");
                }

                if (m["tolerance"] is { } tolerance)
                {
                    var t = (decimal)tolerance;
                    text.Append("| agreement tolerance | ").Append(t == 0m ? "0: only equal values agree" : Number(t * 100m) + "%").Append(" |\n");
                }

                text.Append("| claims in the shipped data | ").Append(Count(claims, id)).Append(" |\n");
                if (m["categories"] is JArray categories)
                {
                    text.Append("\n| category | meaning |\n|---|---|\n");
                    foreach (var c in categories)
                    {
                        text.Append("| `").Append((string)c["id"]!).Append("` | ").Append(Cell((string)c["description"]!)).Append(" |\n");
                    }
                }
            }

            return text.ToString();
        }

        /// <summary>data/CHANGELOG.md, with its links made relative to docs/.</summary>
        /// <param name="repository">The repository.</param>
        /// <returns>Markdown.</returns>
        public static string Changelog(DocsRepository repository)
        {
            var source = File.ReadAllText(Path.Combine((repository ?? throw new ArgumentNullException(nameof(repository))).Root, "data", "CHANGELOG.md"));
            return source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("](../docs/", "](", StringComparison.Ordinal).TrimEnd('\n')
                + "\n\n<!-- Generated from data/CHANGELOG.md by " + Command + "; a test keeps it in step. -->\n";
        }

        private static string Count(Dictionary<string, int> claims, string id) =>
            (claims.TryGetValue(id, out var n) ? n : 0).ToString("#,0", CultureInfo.InvariantCulture);

        private static string Number(JToken token) => Number((decimal)token);

        private static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

        private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

        private static string UnitText(string unit) => unit switch
        {
            "count" => "a number of people or things",
            "per-100k" => "per 100,000 of the population",
            "percent" => "a percentage",
            "m" => "metres",
            "km" => "kilometres",
            "m2" => "square metres",
            "ha" => "hectares",
            "V" => "volts",
            "h" => "hours",
            "h/day" => "hours a day",
            "money" => "an amount of money; each claim gives its ISO 4217 currency code",
            "date" => "a date: a year, a month or a day",
            "category" => "one of the categories below",
            _ => unit,
        };
    }
}
