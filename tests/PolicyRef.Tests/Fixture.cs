using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using PolicyRef.Data;

namespace PolicyRef.Tests
{
    /// <summary>The small test data set under Fixtures/valid, and ways to load it with one file changed.</summary>
    internal static class Fixture
    {
        public static readonly LocalDate Today = new LocalDate(2026, 11, 25);

        public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "valid");

        public static List<DataFile> Files() =>
            System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
                .Select(f => new DataFile(Path.GetRelativePath(Directory, f).Replace('\\', '/'), File.ReadAllBytes(f)))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList();

        public static string Text(string path) => Encoding.UTF8.GetString(Files().Single(f => f.Path == path).Content);

        public static PolicyReference Load() => PolicyReference.LoadFiles(Files(), null, Today);

        /// <summary>Loads the fixture with one file's text replaced (or added).</summary>
        public static PolicyReference LoadWith(string path, string text) => LoadWith(path, Encoding.UTF8.GetBytes(text));

        public static PolicyReference LoadWith(string path, byte[] content)
        {
            var files = Files().Where(f => f.Path != path).ToList();
            files.Add(new DataFile(path, content));
            return PolicyReference.LoadFiles(files, null, Today);
        }

        /// <summary>Loads with a text substitution in one file and returns the problems; fails if it loads.</summary>
        public static IReadOnlyList<DataProblem> ProblemsWith(string path, string find, string replace)
        {
            var text = Text(path);
            if (!text.Contains(find, StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{find}' is not in {path}", nameof(find));
            }

            return ProblemsOf(() => LoadWith(path, text.Replace(find, replace, StringComparison.Ordinal)));
        }

        public static IReadOnlyList<DataProblem> ProblemsOf(Func<PolicyReference> load)
        {
            var e = Xunit.Assert.Throws<PolicyDataException>(() => load());
            return e.Problems;
        }

        public static string NewTempDirectory()
        {
            var path = Path.Combine(Path.GetTempPath(), "policyref-tests-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(path);
            return path;
        }

        public static void CopyTo(string target)
        {
            foreach (var file in Files())
            {
                var path = Path.Combine(target, file.Path);
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
        }
    }
}
