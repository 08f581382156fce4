using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PolicyRef.Site.Tests
{
    /// <summary>
    /// The fixture data set — tests/PolicyRef.Tests' valid fixture with the files of Fixtures/comparable in place of their
    /// namesakes (a metric variant, a part, a claim whose note doubts its unit, a change of publisher in a series) — and
    /// a reference generated from it into a temporary folder.
    /// </summary>
    internal sealed class GeneratedSite : IDisposable
    {
        private readonly string fixture;

        public GeneratedSite()
        {
            fixture = CopyFixture();
            Data = PolicyReference.LoadDirectory(fixture);
            Directory = System.IO.Directory.CreateTempSubdirectory("policyref-site-tests-").FullName;
            Summary = SiteGenerator.Generate(Data, Directory);
        }

        public PolicyReference Data { get; }

        public string Directory { get; }

        public SiteSummary Summary { get; }

        private static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

        public string Read(string relative) => File.ReadAllText(Path.Combine(Directory, relative));

        /// <summary>A subject's page.</summary>
        public string PageOf(Model.IClaimSubject subject) =>
            Read((subject.Kind switch { Model.SubjectKind.Country => "countries/", Model.SubjectKind.Facility => "facilities/", _ => "policies/" }) + subject.Id + ".md");

        /// <summary>Every file written, relative to the folder, in ordinal order.</summary>
        public IReadOnlyList<string> Files() => Files(Directory);

        public static IReadOnlyList<string> Files(string directory) =>
            System.IO.Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

        public void Dispose()
        {
            System.IO.Directory.Delete(Directory, recursive: true);
            System.IO.Directory.Delete(fixture, recursive: true);
        }

        private static string CopyFixture()
        {
            var target = System.IO.Directory.CreateTempSubdirectory("policyref-site-fixture-").FullName;
            foreach (var layer in new[] { "valid", "comparable" })
            {
                var from = Path.Combine(Fixtures, layer);
                foreach (var file in Files(from))
                {
                    var to = Path.Combine(target, file);
                    System.IO.Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    File.Copy(Path.Combine(from, file), to, overwrite: true);
                }
            }

            return target;
        }
    }
}
