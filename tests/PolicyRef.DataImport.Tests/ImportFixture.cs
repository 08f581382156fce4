using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PolicyRef.DataImport.Tests
{
    /// <summary>
    /// A temporary data directory for one import: the fixture country and source files, and copies of the
    /// repository's metric definitions and bulk source entries. Deleted on dispose.
    /// </summary>
    internal sealed class ImportFixture : IDisposable
    {
        public ImportFixture(bool withExistingCountry = true)
        {
            Data = Path.Combine(Path.GetTempPath(), "policyref-import-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(Data, "metrics"));
            Directory.CreateDirectory(Path.Combine(Data, "sources"));
            Directory.CreateDirectory(Path.Combine(Data, "countries"));
            foreach (var metric in Directory.EnumerateFiles(Path.Combine(RepositoryData, "metrics"), "*.json"))
            {
                File.Copy(metric, Path.Combine(Data, "metrics", Path.GetFileName(metric)));
            }

            File.Copy(Path.Combine(RepositoryData, "sources", "bulk-datasets.json"), Path.Combine(Data, "sources", "bulk-datasets.json"));
            // The metrics cite the sources of their standard definitions and variants.
            File.Copy(Path.Combine(RepositoryData, "sources", "definitions.json"), Path.Combine(Data, "sources", "definitions.json"));
            File.Copy(Path.Combine(FixtureData, "sources", "curated.json"), Path.Combine(Data, "sources", "curated.json"));
            if (withExistingCountry)
            {
                File.Copy(Path.Combine(FixtureData, "countries", "SLV.json"), Path.Combine(Data, "countries", "SLV.json"));
            }
        }

        public static string Datasets => Path.Combine(AppContext.BaseDirectory, "Fixtures", "datasets");

        public static string FixtureData => Path.Combine(AppContext.BaseDirectory, "Fixtures", "data");

        public static string RepositoryData
        {
            get
            {
                for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "PolicyRef.sln")))
                    {
                        return Path.Combine(directory.FullName, "data");
                    }
                }

                throw new InvalidOperationException("PolicyRef.sln not found above " + AppContext.BaseDirectory);
            }
        }

        public string Data { get; }

        public ImportResult Run() => Importer.Run(Datasets, Data);

        public string CountryPath(string id) => Path.Combine(Data, "countries", id + ".json");

        public string CountryText(string id) => File.ReadAllText(CountryPath(id));

        /// <summary>The claims of a written country file, parsed.</summary>
        public List<JsonElement> Claims(string id)
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(CountryPath(id)));
            return json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.Clone()).ToList();
        }

        public Dictionary<string, byte[]> Snapshot() =>
            Directory.EnumerateFiles(Path.Combine(Data, "countries")).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        public void Dispose()
        {
            if (Directory.Exists(Data))
            {
                Directory.Delete(Data, recursive: true);
            }
        }
    }
}
