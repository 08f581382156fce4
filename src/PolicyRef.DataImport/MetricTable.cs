using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PolicyRef.DataImport
{
    /// <summary>Unit and plausible range of a metric, as defined in data/metrics/&lt;id&gt;.json.</summary>
    internal sealed record MetricInfo(string Id, string Unit, decimal? Minimum, decimal? Maximum);

    /// <summary>The metric definitions of the target data directory, for units and range checks.</summary>
    internal static class MetricTable
    {
        public static IReadOnlyDictionary<string, MetricInfo> Load(string dataDirectory)
        {
            var folder = Path.Combine(dataDirectory, "metrics");
            if (!Directory.Exists(folder))
            {
                throw new ImportException($"{folder}: no metrics folder; --data must point at a data directory laid out like data/");
            }

            var metrics = new Dictionary<string, MetricInfo>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(file));
                var root = json.RootElement;
                var id = root.GetProperty("id").GetString()!;
                metrics[id] = new MetricInfo(id, root.GetProperty("unit").GetString()!, Number(root, "min"), Number(root, "max"));
            }

            return metrics;
        }

        /// <summary>The source ids defined in data/sources/*.json.</summary>
        public static IReadOnlySet<string> LoadSourceIds(string dataDirectory)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var folder = Path.Combine(dataDirectory, "sources");
            if (!Directory.Exists(folder))
            {
                return ids;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(file));
                foreach (var source in json.RootElement.GetProperty("sources").EnumerateArray())
                {
                    ids.Add(source.GetProperty("id").GetString()!);
                }
            }

            return ids;
        }

        private static decimal? Number(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;
    }
}
