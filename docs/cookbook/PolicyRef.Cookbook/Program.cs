using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PolicyRef.Cookbook
{
    /// <summary>
    /// Runs every recipe against the shipped data and writes what the documentation shows:
    /// docs/cookbook/output/NAME.txt, the charts in docs/images/, docs/data-dictionary.md and docs/changelog.md.
    /// With --check, writes nothing and exits 1 if a committed file differs.
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        /// <param name="args">--check to compare only.</param>
        /// <returns>0 when everything is (or now is) in step.</returns>
        public static int Main(string[] args)
        {
            var check = args is ["--check"];
            if (!check && args.Length > 0)
            {
                Console.Error.WriteLine("usage: " + GeneratedPages.Command + " [-- --check]");
                return 2;
            }

            var repository = DocsRepository.Find(Directory.GetCurrentDirectory());
            var differ = new List<string>();
            var imageDirectory = check ? Directory.CreateTempSubdirectory("policyref-cookbook-").FullName : repository.Images;
            Directory.CreateDirectory(repository.Outputs);
            foreach (var recipe in Recipe.All)
            {
                Compare(repository.OutputOf(recipe), recipe.Run(imageDirectory), check, differ);
            }

            foreach (var (name, content) in GeneratedPages.All(repository))
            {
                Compare(Path.Combine(repository.Docs, name), content, check, differ);
            }

            var known = Recipe.All.Select(r => r.Name + ".txt").ToHashSet(StringComparer.Ordinal);
            foreach (var stale in Directory.GetFiles(repository.Outputs).Where(f => !known.Contains(Path.GetFileName(f))))
            {
                differ.Add(stale + " (no recipe)");
                if (!check)
                {
                    File.Delete(stale);
                }
            }

            if (check)
            {
                Directory.Delete(imageDirectory, recursive: true);
            }

            foreach (var path in differ)
            {
                Console.WriteLine((check ? "differs: " : "updated: ") + Path.GetRelativePath(repository.Root, path));
            }

            Console.WriteLine(differ.Count == 0 ? "The documentation's generated files are in step." : $"{differ.Count} file(s) {(check ? "differ; run " + GeneratedPages.Command : "updated")}.");
            return check && differ.Count > 0 ? 1 : 0;
        }

        private static void Compare(string path, string content, bool check, List<string> differ)
        {
            if (File.Exists(path) && File.ReadAllText(path) == content)
            {
                return;
            }

            differ.Add(path);
            if (!check)
            {
                File.WriteAllText(path, content);
            }
        }
    }
}
