using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyRef.Data;
using PolicyRef.Model;
using PolicyRef.DataImport.Output;
using PolicyRef.DataImport.Reference;
using PolicyRef.DataImport.Sources;

namespace PolicyRef.DataImport
{
    /// <summary>One country file the import wrote.</summary>
    internal sealed record WrittenCountry(string Id, bool IsNew, int CuratedClaims, int PreviousBulkClaims, int BulkClaims, string NameFrom);

    /// <summary>What an import did.</summary>
    internal sealed record ImportResult(IReadOnlyList<WrittenCountry> Countries, IReadOnlyList<BulkClaim> Claims, ImportReport Report);

    /// <summary>
    /// Turns the bulk files in <c>shared/datasets</c> into country claims and merges them into
    /// <c>data/countries</c>: curated claims are kept as they are, claims citing a bulk source are replaced.
    /// The output depends only on the input files, so two runs write the same bytes.
    /// </summary>
    internal static class Importer
    {
        public static ImportResult Run(string datasets, string data)
        {
            if (!Directory.Exists(datasets))
            {
                throw new ImportException($"{datasets}: datasets directory not found");
            }

            if (!Directory.Exists(data))
            {
                throw new ImportException($"{data}: data directory not found");
            }

            var tables = ReferenceTables.Load();
            var target = TargetData.Load(data);
            var missing = BulkSources.All.Where(s => !target.SourceIds.Contains(s)).ToList();
            if (missing.Count > 0)
            {
                throw new ImportException($"{Path.Combine(data, "sources")}: the bulk source(s) {string.Join(", ", missing)} are not defined; add them (data/sources/bulk-datasets.json) before importing");
            }

            var report = new ImportReport();
            var context = new ImportContext(tables, target.Metrics, report);
            WpbImport.Import(datasets, context);
            UnodcImport.Import(datasets, context);
            var worldBankHomicide = WdiImport.Import(datasets, context);
            OwidImport.Import(datasets, context, worldBankHomicide);

            var claims = Annotate(Deduplicate(context.Claims, report), tables.Annotations, report);
            var countries = Merge(Path.Combine(data, "countries"), target, claims, context);
            return new ImportResult(countries, claims, report);
        }

        private static List<BulkClaim> Deduplicate(List<BulkClaim> claims, ImportReport report)
        {
            var kept = new List<BulkClaim>();
            foreach (var group in claims.GroupBy(c => (c.EntityId, c.Metric, c.Period, c.Source)))
            {
                var distinct = group.GroupBy(c => c.Number).Select(g => g.First()).ToList();
                if (distinct.Count < group.Count())
                {
                    report.Skip(ImportReport.SameDuplicate, $"{group.Key.EntityId} {group.Key.Metric} {group.Key.Period} {group.Key.Source} = {distinct[0].Value}, given {group.Count()} times");
                }

                if (distinct.Count > 1)
                {
                    report.Note("one source, two values for the same metric and period (both kept)", $"{group.Key.EntityId} {group.Key.Metric} {group.Key.Period} {group.Key.Source}: {string.Join(" / ", distinct.Select(c => c.Value))}");
                }

                kept.AddRange(distinct);
            }

            return kept;
        }

        private static List<BulkClaim> Annotate(List<BulkClaim> claims, IReadOnlyList<Annotation> annotations, ImportReport report)
        {
            foreach (var annotation in annotations)
            {
                var index = claims.FindIndex(c => c.EntityId == annotation.Id && c.Metric == annotation.Metric && c.Period == annotation.Period && c.Source == annotation.Source);
                if (index < 0)
                {
                    report.Note("annotations.csv rows that matched no claim (not applied)", $"{annotation.Id} {annotation.Metric} {annotation.Period} {annotation.Source}");
                    continue;
                }

                var added = ClaimFlags.None;
                foreach (var name in annotation.Flags.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    added |= Vocabulary.Flags.TryGetValue(name.Trim(), out var flag)
                        ? flag
                        : throw new ImportException($"Reference/annotations.csv: '{name}' is not a flag (expected one of {string.Join(", ", Vocabulary.Flags.Keys)})");
                }

                ClaimDoubt? doubt = null;
                if (annotation.Doubt.Length > 0)
                {
                    doubt = Vocabulary.Doubts.TryGetValue(annotation.Doubt.Trim(), out var named)
                        ? named
                        : throw new ImportException($"Reference/annotations.csv: '{annotation.Doubt}' is not a doubt (expected one of {string.Join(", ", Vocabulary.Doubts.Keys)})");
                }

                claims[index] = claims[index] with { Note = claims[index].Note + " " + annotation.Remark, AddedFlags = claims[index].AddedFlags | added, Doubt = doubt ?? claims[index].Doubt };
            }

            return claims;
        }

        private static List<WrittenCountry> Merge(string folder, TargetData target, List<BulkClaim> claims, ImportContext context)
        {
            Directory.CreateDirectory(folder);
            var existing = new SortedDictionary<string, CountryFile>(StringComparer.Ordinal);
            foreach (var country in target.Set.Countries)
            {
                // The loader has checked that each country's id is its file's name.
                existing[country.Id] = CountryFile.Read(country, Path.Combine(folder, country.Id + ".json"));
            }

            var byEntity = claims.GroupBy(c => c.EntityId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var ids = existing.Keys.Concat(byEntity.Keys).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
            var outputs = new List<(string Path, byte[] Bytes, WrittenCountry Written)>();
            foreach (var id in ids)
            {
                var bulk = byEntity.TryGetValue(id, out var list) ? list : new List<BulkClaim>();
                var ordered = bulk.OrderBy(BulkOrder.Of).ToList();
                CountryHeader header;
                string nameFrom;
                IReadOnlyList<CuratedClaim> curated;
                var previous = 0;
                if (existing.TryGetValue(id, out var file))
                {
                    header = file.Header;
                    nameFrom = "existing file";
                    curated = file.CuratedClaims;
                    previous = file.BulkClaims;
                }
                else
                {
                    (header, nameFrom) = NewHeader(id, context);
                    curated = Array.Empty<CuratedClaim>();
                }

                var bytes = CountryFile.Write(header, curated, ordered);
                outputs.Add((Path.Combine(folder, id + ".json"), bytes, new WrittenCountry(id, file is null, curated.Count, previous, ordered.Count, nameFrom)));
            }

            foreach (var (path, bytes, _) in outputs)
            {
                File.WriteAllBytes(path, bytes);
            }

            return outputs.Select(o => o.Written).ToList();
        }

        /// <summary>
        /// Header of a new country file: the UNODC English name, else the World Bank's, else the name in
        /// entities.csv, else the M49 table's; m49 and region from the M49 table (entities.csv for
        /// jurisdictions outside it).
        /// </summary>
        private static (CountryHeader Header, string NameFrom) NewHeader(string id, ImportContext context)
        {
            string name;
            string nameFrom;
            if (context.UnodcNames.TryGetValue(id, out var unodc))
            {
                (name, nameFrom) = (unodc, "UNODC");
            }
            else if (context.WorldBankNames.TryGetValue(id, out var worldBank))
            {
                (name, nameFrom) = (worldBank, "World Bank");
            }
            else if (context.Tables.Extras.TryGetValue(id, out var extra))
            {
                (name, nameFrom) = (extra.Name, "entities.csv");
            }
            else
            {
                // Only WPB or OWID know the jurisdiction: the UN name of the M49 table, reported.
                (name, nameFrom) = (context.Tables.Areas[id].Name, "the M49 table");
                context.Report.Note("new files named from the M49 table (neither UNODC nor the World Bank names them)", $"{id} {name}");
            }

            if (context.Tables.Areas.TryGetValue(id, out var area))
            {
                if (area.Region.Length == 0)
                {
                    throw new ImportException($"{id}: the M49 table gives no region");
                }

                return (new CountryHeader(id, name, area.M49, area.Region, area.RegionCode), nameFrom);
            }

            var entity = context.Tables.Extras[id];
            context.Report.Note("new files without an M49 code (m49 omitted; region from entities.csv)", $"{id} ({entity.Region} {entity.RegionCode})");
            return (new CountryHeader(id, name, null, entity.Region, entity.RegionCode), nameFrom);
        }
    }
}
