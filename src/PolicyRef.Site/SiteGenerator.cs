using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PolicyRef.Export;
using PolicyRef.Model;

namespace PolicyRef.Site
{
    /// <summary>
    /// Writes the reference section of the documentation site from a data set: a Markdown page per country, facility and
    /// policy, index pages, a table of contents, and per page its claims as CSV and its sources as BibTeX and CSL-JSON.
    /// Same data, same bytes: nothing depends on the clock, the culture or the order of a hash table.
    /// </summary>
    public static class SiteGenerator
    {
        /// <summary>The file that marks a folder as written by the generator, so that it may be emptied on the next run.</summary>
        public const string Marker = ".generated";

        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>Writes the reference into a folder, replacing what an earlier run wrote there.</summary>
        /// <param name="data">The data set.</param>
        /// <param name="directory">The folder, such as docs/reference; it must be empty, absent or written by an earlier run.</param>
        /// <returns>What was written.</returns>
        public static SiteSummary Generate(PolicyReference data, string directory)
        {
            if (data is null || directory is null)
            {
                throw new ArgumentNullException(data is null ? nameof(data) : nameof(directory));
            }

            Prepare(directory);
            var site = new SiteContext(data);
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                [Marker] = "Written by src/PolicyRef.Site from the data; regenerated on every docs build, not committed.\n",
                ["toc.yml"] = IndexPages.TableOfContents(),
                ["index.md"] = IndexPages.Landing(site),
                [SitePaths.Countries + "/index.md"] = IndexPages.Countries(site),
                [SitePaths.Facilities + "/index.md"] = IndexPages.Facilities(site),
                [SitePaths.Policies + "/index.md"] = IndexPages.Policies(site),
            };

            foreach (var country in data.Countries)
            {
                Add(files, site, country, CountryPage.Write(site, country));
            }

            foreach (var facility in data.Facilities)
            {
                Add(files, site, facility, FacilityPage.Write(site, facility));
            }

            foreach (var policy in data.Policies)
            {
                Add(files, site, policy, PolicyPage.Write(site, policy));
            }

            foreach (var source in data.Sources)
            {
                files[SitePaths.CitationOf(source.Id, ".bib")] = Citations.ToBibTex(new[] { source });
                files[SitePaths.CitationOf(source.Id, ".csl.json")] = Citations.ToCslJson(new[] { source }) + "\n";
            }

            foreach (var (path, text) in files)
            {
                var full = Path.Combine(directory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text, Utf8);
            }

            return new SiteSummary(data.Countries.Length, data.Facilities.Length, data.Policies.Length, 4, files.Count);
        }

        private static void Add(IDictionary<string, string> files, SiteContext site, IClaimSubject subject, string page)
        {
            var path = SitePaths.PageOf(subject);
            if (files.ContainsKey(path))
            {
                throw new InvalidOperationException($"two subjects would share the page {path}");
            }

            files[path] = page;
            var sources = Citations.SourcesOf(site.Data, subject);
            files[SitePaths.DownloadOf(subject, ".csv")] = CsvExport.ObservationsOf(site.Data, subject);
            files[SitePaths.DownloadOf(subject, ".bib")] = Citations.ToBibTex(sources);
            files[SitePaths.DownloadOf(subject, ".csl.json")] = Citations.ToCslJson(sources) + "\n";
        }

        private static void Prepare(string directory)
        {
            if (Directory.Exists(directory))
            {
                if (Directory.EnumerateFileSystemEntries(directory).Any() && !File.Exists(Path.Combine(directory, Marker)))
                {
                    throw new IOException($"{directory} holds files the generator did not write (no {Marker} file); choose an empty folder.");
                }

                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
        }
    }
}
