using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PolicyRef.Site.Tests
{
    /// <summary>The fixture data set and a reference generated from it into a temporary folder.</summary>
    internal sealed class GeneratedSite : IDisposable
    {
        public GeneratedSite()
        {
            Data = LoadFixture();
            Directory = System.IO.Directory.CreateTempSubdirectory("policyref-site-tests-").FullName;
            Summary = SiteGenerator.Generate(Data, Directory);
        }

        public PolicyReference Data { get; }

        public string Directory { get; }

        public SiteSummary Summary { get; }

        public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "valid");

        public static PolicyReference LoadFixture() => PolicyReference.LoadDirectory(FixtureDirectory);

        public string Read(string relative) => File.ReadAllText(Path.Combine(Directory, relative));

        /// <summary>Every file written, relative to the folder, in ordinal order.</summary>
        public IReadOnlyList<string> Files() => Files(Directory);

        public static IReadOnlyList<string> Files(string directory) =>
            System.IO.Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
