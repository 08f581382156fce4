using System;
using System.Collections.Generic;
using System.Linq;
using PolicyRef.DataImport.Reference;

namespace PolicyRef.DataImport
{
    /// <summary>State shared by the readers of the bulk files: reference tables, metrics, the report and the claims.</summary>
    internal sealed class ImportContext
    {
        private readonly IReadOnlyDictionary<string, MetricInfo> metrics;

        public ImportContext(ReferenceTables tables, IReadOnlyDictionary<string, MetricInfo> metrics, ImportReport report)
        {
            Tables = tables;
            this.metrics = metrics;
            Report = report;
        }

        public ReferenceTables Tables { get; }

        public ImportReport Report { get; }

        public List<BulkClaim> Claims { get; } = new List<BulkClaim>();

        /// <summary>UNODC's English name per id (from its Country column).</summary>
        public SortedDictionary<string, string> UnodcNames { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

        /// <summary>The World Bank's English name per id (population file first, then homicide file).</summary>
        public SortedDictionary<string, string> WorldBankNames { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

        /// <summary>
        /// Adds a claim after checking its number and the metric's range; a value that fails is skipped and
        /// reported with <paramref name="where"/> (file and line, or the inputs of a derived value). A
        /// <paramref name="definition"/> must be a variant the data directory's metric defines.
        /// </summary>
        /// <returns>Whether the claim was added.</returns>
        public bool Add(string entityId, string metric, string value, string period, string source, string note, string where, IReadOnlyList<string>? derivedFrom = null, string? definition = null)
        {
            if (!metrics.TryGetValue(metric, out var info))
            {
                throw new ImportException($"metric '{metric}' is not defined in the data directory's metrics/");
            }

            if (definition is not null && !info.Variants.Contains(definition))
            {
                throw new ImportException($"metric '{metric}' has no variant '{definition}' in the data directory's metrics/ (the importer's rule for {where} names it); define it there first");
            }

            if (!Numbers.TryParse(value, out var number))
            {
                Report.Skip(ImportReport.BadNumber, $"{where}: {entityId} {metric} {period}: '{value}'");
                return false;
            }

            if ((info.Minimum is not null && number < info.Minimum) || (info.Maximum is not null && number > info.Maximum))
            {
                Report.Skip(ImportReport.OutOfRange, $"{where}: {entityId} {metric} {period} = {value} (range {info.Minimum}..{info.Maximum})");
                return false;
            }

            Claims.Add(new BulkClaim(entityId, metric, value, number, info.Unit, period, source, note, derivedFrom ?? Array.Empty<string>()) { Definition = definition });
            return true;
        }
    }
}
