using System;
using System.IO;
using PolicyRef.Data.Format;

namespace PolicyRef.Export
{
    /// <summary>
    /// Writes a whole data set in the layout of <c>data/</c>, which <see cref="PolicyReference.LoadDirectory(string)"/>
    /// reads back without loss (all sources go to <c>sources/sources.json</c>).
    /// </summary>
    public static class JsonExport
    {
        /// <summary>
        /// Writes the set as <paramref name="directory"/>, whole or not at all, as <see cref="CsvExport.Write"/> does: into
        /// a new directory beside it that is then renamed; VERSION is written last, so a partial copy has none.
        /// </summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory; it must not exist, be empty, or hold an earlier export.</param>
        /// <exception cref="ArgumentException">The directory is one the set was loaded from, a link, a file, or holds other files.</exception>
        /// <exception cref="IOException">Writing failed; nothing was left at <paramref name="directory"/>.</exception>
        public static void Write(PolicyReference reference, string directory) =>
            ExportDirectory.Write(reference, directory, "json", into => WriteFiles(reference, into));

        private static void WriteFiles(PolicyReference reference, string directory)
        {
            foreach (var metric in reference.Metrics)
            {
                DataJsonWriter.WriteFile(Path.Combine(directory, "metrics", metric.Id.Value + ".json"), DataFileJson.Metric(metric));
            }

            DataJsonWriter.WriteFile(Path.Combine(directory, "sources", "sources.json"), DataFileJson.SourceFile(reference.Sources));
            foreach (var country in reference.Countries)
            {
                DataJsonWriter.WriteFile(Path.Combine(directory, "countries", country.Id + ".json"), DataFileJson.Country(country));
            }

            foreach (var facility in reference.Facilities)
            {
                DataJsonWriter.WriteFile(Path.Combine(directory, "facilities", facility.Country.Value, facility.Id + ".json"), DataFileJson.Facility(facility));
            }

            foreach (var policy in reference.Policies)
            {
                DataJsonWriter.WriteFile(Path.Combine(directory, "policies", policy.Country.Value, policy.Id + ".json"), DataFileJson.Policy(policy));
            }

            foreach (var standard in reference.Standards)
            {
                DataJsonWriter.WriteFile(Path.Combine(directory, "standards", standard.Id + ".json"), DataFileJson.Standard(standard));
            }

            ExportDirectory.WriteNew(Path.Combine(directory, "VERSION"), reference.DataVersion + "\n");
        }
    }
}
