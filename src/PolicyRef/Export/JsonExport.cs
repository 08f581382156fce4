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
        /// <summary>Writes the set under <paramref name="directory"/>.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory; created if needed.</param>
        public static void Write(PolicyReference reference, string directory)
        {
            if (reference is null || directory is null)
            {
                throw new ArgumentNullException(reference is null ? nameof(reference) : nameof(directory));
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "VERSION"), reference.DataVersion + "\n");
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
        }
    }
}
