using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PolicyRef.DataImport.Csv;

namespace PolicyRef.DataImport.Reference
{
    /// <summary>A country or area of the UN M49 table, with the region PolicyRef files it under.</summary>
    internal sealed record M49Area(string Iso3, string Name, string M49, string Region, string RegionCode);

    /// <summary>A jurisdiction outside the UN M49 table (sub-national units, Kosovo, Taiwan): entities.csv.</summary>
    internal sealed record ExtraEntity(string Id, string Name, string Region, string RegionCode, string Comment);

    /// <summary>
    /// A curated remark appended to the note of one regenerated claim, the flags it adds (names as in data files,
    /// separated by semicolons; empty for none) and the doubt the remark states about the claim (a data file's doubt
    /// name, such as <c>value</c>; empty for none): annotations.csv.
    /// </summary>
    internal sealed record Annotation(string Id, string Metric, string Period, string Source, string Remark, string Flags, string Doubt);

    /// <summary>
    /// The committed reference tables of the importer (embedded from Reference/*.csv): the UN M49 table, the
    /// name-to-id mapping of WPB, OWID and UNODC, the jurisdictions outside M49, and curated remarks.
    /// </summary>
    internal sealed class ReferenceTables
    {
        private readonly Dictionary<string, M49Area> areas;
        private readonly Dictionary<string, ExtraEntity> extras;
        private readonly Dictionary<(string Dataset, string Name), string> names;

        private ReferenceTables(Dictionary<string, M49Area> areas, Dictionary<string, ExtraEntity> extras, Dictionary<(string, string), string> names, IReadOnlyList<Annotation> annotations)
        {
            this.areas = areas;
            this.extras = extras;
            this.names = names;
            Annotations = annotations;
        }

        /// <summary>Remarks carried over from the hand-curated country files.</summary>
        public IReadOnlyList<Annotation> Annotations { get; }

        /// <summary>The M49 areas by ISO alpha-3 code.</summary>
        public IReadOnlyDictionary<string, M49Area> Areas => areas;

        /// <summary>The jurisdictions outside M49 by id.</summary>
        public IReadOnlyDictionary<string, ExtraEntity> Extras => extras;

        /// <summary>Loads the tables embedded in this assembly.</summary>
        public static ReferenceTables Load()
        {
            var m49 = CsvTable.Parse(Resource("m49.csv"), "Reference/m49.csv", ';');
            var iso3 = m49.Column("ISO-alpha3 Code");
            var name = m49.Column("Country or Area");
            var code = m49.Column("M49 Code");
            var sub = m49.Column("Sub-region Name");
            var subCode = m49.Column("Sub-region Code");
            var mid = m49.Column("Intermediate Region Name");
            var midCode = m49.Column("Intermediate Region Code");
            var areas = new Dictionary<string, M49Area>(StringComparer.Ordinal);
            var regionCodes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in m49.Rows)
            {
                if (row[iso3].Length == 0)
                {
                    continue;
                }

                // The most specific grouping M49 gives: the intermediate region where there is one (Latin
                // America and the Caribbean, Sub-Saharan Africa), otherwise the sub-region.
                var region = row[mid].Length > 0 ? row[mid] : row[sub];
                var regionCode = row[mid].Length > 0 ? row[midCode] : row[subCode];
                if (region.Length > 0)
                {
                    regionCodes[region] = regionCode;
                }

                areas.Add(row[iso3], new M49Area(row[iso3], row[name], row[code], region, regionCode));
            }

            var extras = new Dictionary<string, ExtraEntity>(StringComparer.Ordinal);
            var entities = CsvTable.Parse(Resource("entities.csv"), "Reference/entities.csv");
            foreach (var row in entities.Rows)
            {
                var id = row[entities.Column("id")];
                var region = row[entities.Column("region")];
                if (!regionCodes.TryGetValue(region, out var regionCode))
                {
                    throw new ImportException($"Reference/entities.csv:{row.Line}: region '{region}' of {id} is not a region of the M49 table");
                }

                extras.Add(id, new ExtraEntity(id, row[entities.Column("name")], region, regionCode, row[entities.Column("comment")]));
            }

            var names = new Dictionary<(string, string), string>();
            var nameTable = CsvTable.Parse(Resource("names.csv"), "Reference/names.csv");
            foreach (var row in nameTable.Rows)
            {
                var key = (row[nameTable.Column("dataset")], row[nameTable.Column("name")]);
                var id = row[nameTable.Column("id")];
                if (id.Length > 0 && !areas.ContainsKey(id) && !extras.ContainsKey(id))
                {
                    throw new ImportException($"Reference/names.csv:{row.Line}: '{key.Item2}' maps to '{id}', which is neither in the M49 table nor in entities.csv");
                }

                if (!names.TryAdd(key, id))
                {
                    throw new ImportException($"Reference/names.csv:{row.Line}: '{key.Item2}' is listed twice for {key.Item1}");
                }
            }

            var annotationTable = CsvTable.Parse(Resource("annotations.csv"), "Reference/annotations.csv");
            var annotations = annotationTable.Rows.Select(r => new Annotation(r[0], r[1], r[2], r[3], r[4], r[5], r[6])).ToList();
            return new ReferenceTables(areas, extras, names, annotations);
        }

        /// <summary>Whether an id is a jurisdiction PolicyRef takes (an M49 area or an entity of entities.csv).</summary>
        /// <param name="id">The id.</param>
        public bool IsKnown(string id) => areas.ContainsKey(id) || extras.ContainsKey(id);

        /// <summary>Looks a name (or code) of a data set up in names.csv.</summary>
        /// <param name="dataset">wpb, owid or unodc.</param>
        /// <param name="name">The name, whitespace-normalised.</param>
        /// <param name="id">The id; empty when the name is listed as deliberately not a jurisdiction.</param>
        /// <returns>Whether the name is listed.</returns>
        public bool TryMapName(string dataset, string name, out string id) => names.TryGetValue((dataset, name), out id!);

        /// <summary>Trims and collapses runs of white space ("Guam  (USA)", "Sint Maarten (Netherlands) ").</summary>
        /// <param name="name">A name as written in a file.</param>
        public static string NormalizeName(string name) => string.Join(" ", name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        private static string Resource(string file)
        {
            var assembly = typeof(ReferenceTables).Assembly;
            using var stream = assembly.GetManifestResourceStream("PolicyRef.DataImport.Reference." + file)
                ?? throw new ImportException($"reference table {file} is not embedded in the importer");
            using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
            return reader.ReadToEnd();
        }
    }
}
