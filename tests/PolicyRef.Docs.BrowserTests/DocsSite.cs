using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PolicyRef.Docs.Tests
{
    /// <summary>Builds the docfx site the way a reader would (dotnet tool restore, dotnet docfx docs/docfx.json) and lists its pages.</summary>
    internal static class DocsSite
    {
        public static string Output => Path.Combine(Docs.Repository.Docs, "_site");

        /// <summary>The reference pages' folder in the built site.</summary>
        public static string Reference => Path.Combine(Output, "reference");

        /// <summary>
        /// Builds docs/_site as the README's docs command does: the reference pages from the shipped data, then docfx;
        /// throws with docfx's output when it fails or warns. When .ci/run has just built the site the same way, it says so
        /// (POLICYREF_DOCS_SITE_BUILT=1) and the site is not built twice.
        /// </summary>
        /// <returns>How long the build took, or null when the site was already built.</returns>
        public static TimeSpan? Build()
        {
            if (Environment.GetEnvironmentVariable("POLICYREF_DOCS_SITE_BUILT") == "1" && File.Exists(Path.Combine(Reference, "index.html")))
            {
                return null;
            }

            var clock = Stopwatch.StartNew();
            PolicyRef.Site.SiteGenerator.Generate(PolicyReference.Default, Path.Combine(Docs.Repository.Docs, "reference"));
            Run("tool restore");
            Run("docfx docs/docfx.json --warningsAsErrors");
            return clock.Elapsed;
        }

        /// <summary>The generated reference pages in the built site (index pages included, tables of contents not).</summary>
        /// <returns>Paths relative to the site root, such as reference/facilities/cecot.html.</returns>
        public static IReadOnlyList<string> ReferencePages() =>
            Directory.GetFiles(Reference, "*.html", SearchOption.AllDirectories)
                .Where(p => Path.GetFileName(p) != "toc.html")
                .Select(p => Path.GetRelativePath(Output, p).Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();

        /// <summary>Every page the site lists: the landing page and every page of every table of contents, navbar first.</summary>
        /// <returns>Paths relative to the site root, such as cookbook/charts.html.</returns>
        public static IReadOnlyList<string> ListedPages()
        {
            var pages = new List<string> { "index.html" };
            var tocs = new Queue<string>(new[] { "toc.json" });
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (tocs.Count > 0)
            {
                var toc = tocs.Dequeue();
                if (!seen.Add(toc))
                {
                    continue;
                }

                var path = Path.Combine(Output, toc);
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException("The site has no " + toc, path);
                }

                using var json = JsonDocument.Parse(File.ReadAllText(path));
                var folder = Path.GetDirectoryName(toc)!;
                Collect(json.RootElement.GetProperty("items"), folder, pages, tocs);
            }

            return pages.Distinct(StringComparer.Ordinal).ToList();
        }

        private static void Collect(JsonElement items, string folder, List<string> pages, Queue<string> tocs)
        {
            foreach (var item in items.EnumerateArray())
            {
                if (item.TryGetProperty("tocHref", out var tocHref))
                {
                    tocs.Enqueue(Normalize(folder, Path.ChangeExtension(tocHref.GetString()!, ".json")));
                }

                if (item.TryGetProperty("href", out var href) && href.GetString() is { } page && !page.Contains("://", StringComparison.Ordinal))
                {
                    pages.Add(Normalize(folder, page));
                }

                if (item.TryGetProperty("items", out var children))
                {
                    Collect(children, folder, pages, tocs);
                }
            }
        }

        private static string Normalize(string folder, string href) =>
            Path.GetRelativePath(Output, Path.GetFullPath(Path.Combine(Output, folder, href.Split('#')[0]))).Replace('\\', '/');

        private static void Run(string arguments)
        {
            var start = new ProcessStartInfo("dotnet", arguments)
            {
                WorkingDirectory = Docs.Repository.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };

            // The test host's MSBuild settings are not the docs build's.
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBUILD", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(name);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {arguments} took more than 15 minutes");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet {arguments} failed with exit code {process.ExitCode} (docfx warnings count as errors):\n{output.Result}\n{error.Result}");
            }
        }
    }
}
