using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NodaTime;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Export.Tests
{
    /// <summary>
    /// The bibliography read back by real processors (tests/citations/check.mjs, run with node): every BibTeX entry parsed by
    /// @retorquere/bibtex-parser into the source's own text, every CSL-JSON item rendered by citeproc-js in APA style.
    /// </summary>
    public class CitationProcessorTests
    {
        private static readonly Lazy<JObject> Shipped = new Lazy<JObject>(() => Process(PolicyReference.Default.Sources));

        [Fact]
        public void The_whole_shipped_bibliography_parses_as_bibtex_one_entry_per_source_with_its_own_text()
        {
            var bibtex = (JObject)Shipped.Value["bibtex"]!;
            Assert.Empty(bibtex["errors"]!);
            var entries = bibtex["entries"]!.ToDictionary(e => (string)e["key"]!, e => e);
            var sources = PolicyReference.Default.Sources;
            Assert.Equal(sources.Select(s => s.Id).OrderBy(k => k, StringComparer.Ordinal), entries.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var source in sources)
            {
                var entry = entries[source.Id];
                Assert.Equal("misc", (string?)entry["type"]);
                Assert.Equal(source.Title, (string?)entry["title"]);
                Assert.Equal(new[] { source.Publisher }, entry["author"]!.Select(a => (string?)a));
                Assert.Equal(source.Published?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)entry["year"]);
                Assert.Equal(source.Published?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)entry["month"]);
                Assert.Equal(Unescaped(source.Url), Unescaped((string?)entry["url"]));
                Assert.Equal(source.Url is null ? null : $"<a href=\"{(string?)entry["url"]}\">{(string?)entry["url"]}</a>", HowPublished(entry));
                Assert.StartsWith("Accessed " + source.Accessed.ToString("uuuu-MM-dd", null), (string?)entry["note"], StringComparison.Ordinal);
            }
        }

        [Fact]
        public void The_whole_shipped_bibliography_renders_in_apa_with_citeproc()
        {
            var csl = (JObject)Shipped.Value["csl"]!;
            Assert.Empty(csl["errors"]!);
            var references = csl["references"]!.ToDictionary(r => (string)r["id"]!, r => (string)r["text"]!);
            Assert.Equal(PolicyReference.Default.Sources.Length, references.Count);
            foreach (var source in PolicyReference.Default.Sources)
            {
                // citeproc sets apostrophes and quotes typographically.
                var text = references[source.Id].Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
                Assert.StartsWith(source.Publisher, text, StringComparison.Ordinal);
                Assert.Contains(source.Published is null ? "(n.d." : "(" + source.Published.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
                if (source.Url is not null)
                {
                    Assert.Contains(source.Url, text, StringComparison.Ordinal);
                }
            }
        }

        [Fact]
        public void Braces_at_signs_and_latex_specials_in_titles_and_urls_cannot_break_an_entry()
        {
            var hostile = new[]
            {
                Source("brace-open", "Pub {unbalanced", "Title with { alone", "https://example.org/a{b"),
                Source("brace-close", "Pub } closing", "Title } that closes early, then @misc{injected, title = {x}}", "https://example.org/c}d"),
                Source("specials", "A & B $ C", "100% of #1 in_x ~ ^ \\ \"quoted\" @home", "https://example.org/p?q=1&r=50%25#frag"),
                Source("unicode", "Ñandú — «Ministerio»", "Cárcel “máxima” ½", "https://example.org/cárcel mañana"),
                Source("ligatures", "Pub -- two", "A -- B --- C, ''quoted'' ``too'', ¿Qué?` !` << >> a|b ,,", "https://example.org/x--y"),
            };
            var result = Process(hostile);
            Assert.Empty(result["bibtex"]!["errors"]!);
            var entries = result["bibtex"]!["entries"]!.ToList();
            Assert.Equal(hostile.Select(s => s.Id), entries.Select(e => (string?)e["key"]));
            foreach (var (source, entry) in hostile.Zip(entries))
            {
                Assert.Equal(source.Title, (string?)entry["title"]);
                Assert.Equal(source.Publisher, (string?)entry["author"]![0]);
                Assert.Equal(Unescaped(source.Url), Unescaped((string?)entry["url"]));
                Assert.Equal($"<a href=\"{(string?)entry["url"]}\">{(string?)entry["url"]}</a>", HowPublished(entry));
            }

            Assert.Empty(result["csl"]!["errors"]!);
            Assert.Equal(hostile.Length, result["csl"]!["references"]!.Count());
        }

        private static Source Source(string id, string publisher, string title, string url) =>
            new Source(id, publisher, title, url, new LocalDate(2024, 5, 31), new LocalDate(2026, 11, 25), SourceKind.Press, "en", null, null);

        // howpublished holds \url{…} inside another field's text, where % and # are escaped for LaTeX (hyperref prints
        // them without the backslash); the parser keeps \url's text verbatim, so the escapes are undone here.
        private static string? HowPublished(JToken entry) =>
            ((string?)entry["howpublished"])?.Replace("\\%", "%", StringComparison.Ordinal).Replace("\\#", "#", StringComparison.Ordinal);

        private static string? Unescaped(string? url) => url is null ? null : Uri.UnescapeDataString(url);

        private static JObject Process(IEnumerable<Source> sources)
        {
            var list = sources.ToList();
            var directory = Directory.CreateTempSubdirectory("policyref-citations-").FullName;
            File.WriteAllText(Path.Combine(directory, "sources.bib"), Citations.ToBibTex(list));
            File.WriteAllText(Path.Combine(directory, "sources.csl.json"), Citations.ToCslJson(list));
            var checks = Path.Combine(Repository.Root, "tests", "citations");
            Assert.True(Directory.Exists(Path.Combine(checks, "node_modules")), "tests/citations/node_modules is missing: run `npm ci` in tests/citations (.ci/run does)");
            var start = new ProcessStartInfo("node") { WorkingDirectory = checks, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("check.mjs");
            start.ArgumentList.Add(Path.Combine(directory, "sources.bib"));
            start.ArgumentList.Add(Path.Combine(directory, "sources.csl.json"));
            using var node = System.Diagnostics.Process.Start(start)!;
            var errorTask = node.StandardError.ReadToEndAsync();
            var output = node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, "node check.mjs failed: " + errorTask.Result);
            return JObject.Parse(output);
        }
    }
}
