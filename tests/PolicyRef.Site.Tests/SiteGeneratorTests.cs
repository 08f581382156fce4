using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyRef.Export;
using Xunit;

namespace PolicyRef.Site.Tests
{
    /// <summary>The generator on the fixture data: a page per subject, the same bytes every time, links that land, downloads that hold the page's claims.</summary>
    public sealed class SiteGeneratorTests : IDisposable
    {
        private static readonly Regex Href = new Regex("href=\"(?<target>[^\"]*)\"", RegexOptions.CultureInvariant);

        private readonly GeneratedSite site = new GeneratedSite();

        public void Dispose() => site.Dispose();

        [Fact]
        public void Writes_one_page_per_country_facility_and_policy()
        {
            var files = site.Files();
            Assert.Equal(site.Data.Countries.Select(c => "countries/" + c.Id + ".md").OrderBy(f => f, StringComparer.Ordinal), files.Where(f => f.StartsWith("countries/", StringComparison.Ordinal) && f != "countries/index.md"));
            Assert.Equal(site.Data.Facilities.Select(f => "facilities/" + f.Id + ".md").OrderBy(f => f, StringComparer.Ordinal), files.Where(f => f.StartsWith("facilities/", StringComparison.Ordinal) && f != "facilities/index.md"));
            Assert.Equal(site.Data.Policies.Select(p => "policies/" + p.Id + ".md").OrderBy(f => f, StringComparer.Ordinal), files.Where(f => f.StartsWith("policies/", StringComparison.Ordinal) && f != "policies/index.md"));
            Assert.Equal(site.Data.Subjects.Count(), site.Summary.SubjectPages);
            Assert.Equal(files.Count, site.Summary.Files);
        }

        [Fact]
        public void Same_data_gives_the_same_bytes()
        {
            using var again = new GeneratedSite();
            Assert.Equal(site.Files(), again.Files());
            Assert.All(site.Files(), f => Assert.True(File.ReadAllBytes(Path.Combine(site.Directory, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again.Directory, f))), $"{f} differs between two runs"));
        }

        [Fact]
        public void Every_link_between_generated_files_lands_on_a_file_and_anchor_that_exist()
        {
            var checkedLinks = 0;
            foreach (var page in site.Files().Where(f => f.EndsWith(".md", StringComparison.Ordinal)))
            {
                foreach (Match m in Href.Matches(site.Read(page)))
                {
                    var target = System.Net.WebUtility.HtmlDecode(m.Groups["target"].Value);
                    if (target.Contains("://", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var parts = target.Split('#');
                    var file = parts[0].Length == 0 ? page : Path.GetRelativePath(site.Directory, Path.GetFullPath(Path.Combine(site.Directory, Path.GetDirectoryName(page)!, parts[0]))).Replace('\\', '/');
                    Assert.True(File.Exists(Path.Combine(site.Directory, file)), $"{page} links to {target}, which is not a generated file");
                    if (parts.Length > 1)
                    {
                        Assert.Contains($"id=\"{parts[1]}\"", site.Read(file), StringComparison.Ordinal);
                    }

                    checkedLinks++;
                }
            }

            Assert.True(checkedLinks > 50, $"only {checkedLinks} links checked");
        }

        [Fact]
        public void Every_claim_of_a_page_is_linked_to_its_source_entry_on_that_page()
        {
            foreach (var subject in site.Data.Subjects)
            {
                var page = site.Read((subject.Kind switch { Model.SubjectKind.Country => "countries/", Model.SubjectKind.Facility => "facilities/", _ => "policies/" }) + subject.Id + ".md");
                foreach (var source in subject.Claims.Select(c => c.SourceId).Distinct())
                {
                    var anchor = "source-" + source;
                    Assert.Contains($"href=\"#{anchor}\"", page, StringComparison.Ordinal);
                    Assert.Contains($"<li id=\"{anchor}\">", page, StringComparison.Ordinal);
                }
            }
        }

        [Fact]
        public void A_page_download_holds_exactly_its_subjects_rows_of_the_csv_export()
        {
            var export = Directory.CreateTempSubdirectory("policyref-site-export-").FullName;
            try
            {
                CsvExport.Write(site.Data, export);
                var lines = File.ReadAllLines(Path.Combine(export, "observations.csv"));
                var pieces = site.Files().Where(f => f.StartsWith("downloads/", StringComparison.Ordinal) && f.EndsWith(".csv", StringComparison.Ordinal)).ToList();
                Assert.Equal(site.Data.Subjects.Count(), pieces.Count);
                var rows = pieces.SelectMany(p => File.ReadAllLines(Path.Combine(site.Directory, p)).Skip(1)).OrderBy(l => l, StringComparer.Ordinal);
                Assert.All(pieces, p => Assert.Equal(lines[0], File.ReadAllLines(Path.Combine(site.Directory, p))[0]));
                Assert.Equal(lines.Skip(1).OrderBy(l => l, StringComparer.Ordinal), rows);
                foreach (var subject in site.Data.Subjects)
                {
                    var file = pieces.Single(p => p.EndsWith("-" + subject.Id + ".csv", StringComparison.Ordinal) && p.Contains(subject.Kind switch { Model.SubjectKind.Country => "countries", Model.SubjectKind.Facility => "facilities", _ => "policies" }, StringComparison.Ordinal));
                    Assert.Equal(subject.Claims.Count, File.ReadAllLines(Path.Combine(site.Directory, file)).Length - 1);
                }
            }
            finally
            {
                Directory.Delete(export, recursive: true);
            }
        }

        [Fact]
        public void Each_page_offers_its_sources_citations_as_the_library_writes_them()
        {
            var facility = site.Data.GetFacility("alpha-max");
            var sources = Citations.SourcesOf(site.Data, facility);
            Assert.Equal(Citations.ToBibTex(sources), site.Read("downloads/facilities-alpha-max.bib"));
            Assert.Equal(Citations.ToCslJson(sources) + "\n", site.Read("downloads/facilities-alpha-max.csl.json"));
            Assert.All(sources, s => Assert.Equal(Citations.ToBibTex(new[] { s }), site.Read("downloads/sources/" + s.Id + ".bib")));
        }

        [Fact]
        public void A_facility_page_lists_its_aliases_as_written_and_folded_for_the_search()
        {
            var page = site.Read("facilities/alpha-max.md");
            Assert.Contains("ALFA", page, StringComparison.Ordinal);
            Assert.Contains("alfa", page, StringComparison.Ordinal);
            Assert.Contains("Alpha Maximum Security Centre", page, StringComparison.Ordinal);
            Assert.Contains("alpha maximum security centre", page, StringComparison.Ordinal);
        }

        [Fact]
        public void Qualifiers_of_a_claim_are_on_its_page()
        {
            var qualified = site.Data.Subjects.SelectMany(s => s.Claims.Select(c => (Subject: s, Claim: c))).Where(x => ClaimMarkup.QualifierWords(x.Claim).Length > 0).ToList();
            Assert.NotEmpty(qualified);
            foreach (var (subject, claim) in qualified)
            {
                var page = site.Read((subject.Kind switch { Model.SubjectKind.Country => "countries/", Model.SubjectKind.Facility => "facilities/", _ => "policies/" }) + subject.Id + ".md");
                Assert.Contains("(" + ClaimMarkup.QualifierWords(claim) + ")", page, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void The_generator_refuses_to_empty_a_folder_it_did_not_write()
        {
            var directory = Directory.CreateTempSubdirectory("policyref-site-foreign-").FullName;
            try
            {
                File.WriteAllText(Path.Combine(directory, "notes.md"), "mine");
                Assert.Throws<IOException>(() => SiteGenerator.Generate(site.Data, directory));
                Assert.True(File.Exists(Path.Combine(directory, "notes.md")));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public void A_second_run_replaces_the_first_and_leaves_no_stale_page()
        {
            File.WriteAllText(Path.Combine(site.Directory, "countries", "ZZZ.md"), "stale");
            SiteGenerator.Generate(site.Data, site.Directory);
            Assert.False(File.Exists(Path.Combine(site.Directory, "countries", "ZZZ.md")));
        }

        [Fact]
        public void No_html_block_of_a_page_holds_a_blank_line()
        {
            // A blank line ends a Markdown HTML block: whatever follows would be read as Markdown. Blocks are separated by exactly one.
            foreach (var page in site.Files().Where(f => f.EndsWith(".md", StringComparison.Ordinal)))
            {
                var text = site.Read(page);
                Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
                foreach (var block in text.Split("\n\n").Where(b => b.StartsWith('<')))
                {
                    Assert.Equal(block.Count(c => c == '<'), block.Count(c => c == '>'));
                }
            }
        }
    }
}
