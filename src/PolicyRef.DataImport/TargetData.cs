using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.DataImport
{
    /// <summary>Unit, plausible range and variant ids of a metric of the target data set.</summary>
    internal sealed record MetricInfo(string Id, string Unit, decimal? Minimum, decimal? Maximum, IReadOnlyCollection<string> Variants);

    /// <summary>
    /// The data set the import writes into, loaded by the library (<see cref="PolicyReference.LoadDirectory(string)"/>), so
    /// that an import starts only from a valid set: its metrics for units and range checks, its sources, its countries.
    /// </summary>
    internal sealed class TargetData
    {
        private TargetData(PolicyReference set)
        {
            Set = set;
            Metrics = set.Metrics.ToDictionary(m => m.Id.Value, m => new MetricInfo(m.Id.Value, m.Unit.Symbol, m.Minimum, m.Maximum, m.Variants.Select(v => v.Id).ToList()), StringComparer.Ordinal);
            SourceIds = set.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        }

        public PolicyReference Set { get; }

        public IReadOnlyDictionary<string, MetricInfo> Metrics { get; }

        public IReadOnlySet<string> SourceIds { get; }

        public static TargetData Load(string dataDirectory)
        {
            if (!Directory.Exists(Path.Combine(dataDirectory, "metrics")))
            {
                throw new ImportException($"{Path.Combine(dataDirectory, "metrics")}: no metrics folder; --data must point at a data directory laid out like data/");
            }

            try
            {
                return new TargetData(PolicyReference.LoadDirectory(dataDirectory));
            }
            catch (PolicyDataException e)
            {
                throw new ImportException($"{dataDirectory}: the data set does not load; fix it before importing:\n{e.Message}", e);
            }
        }
    }
}
