using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace PolicyRef.Docs.Tests
{
    /// <summary>
    /// Builds the docfx site (with the reference pages generated from the data), serves it on 127.0.0.1 and opens every
    /// listed and every generated page in Debian's chromium: each renders with a title and navigation, logs no console
    /// error, loads every image and draws every chart, and every internal link answers 200. Never downloads a browser.
    /// </summary>
    public class SiteBrowserTests : IClassFixture<BuiltSite>
    {
        private readonly BuiltSite site;
        private readonly Xunit.Abstractions.ITestOutputHelper output;

        public SiteBrowserTests(BuiltSite site, Xunit.Abstractions.ITestOutputHelper output)
        {
            this.site = site;
            this.output = output;
        }

        [Fact]
        [Trait("Category", "Browser")]
        public async Task Every_listed_and_generated_page_renders_in_chromium_with_navigation_links_images_and_charts()
        {
            var listed = DocsSite.ListedPages();
            Assert.Contains("cookbook/cecot-vs-peers.html", listed);
            Assert.Contains("coverage.html", listed);
            Assert.Contains("api/PolicyRef.PolicyReference.html", listed);
            Assert.Contains("reference/index.html", listed);
            var pages = listed.Concat(DocsSite.ReferencePages()).Distinct(StringComparer.Ordinal).ToList();

            await using var context = await site.NewContextAsync();

            // Every page starts the search worker, which reads the whole search index; here an empty one is served so that
            // several hundred page loads do not each index the site. The search itself is tested on the real index below.
            await context.RouteAsync("**/index.json", route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = "{}" }));

            var problems = new ConcurrentBag<string>();
            var charts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal); // page -> charts drawn
            var links = new ConcurrentDictionary<string, string>(StringComparer.Ordinal); // link without fragment -> a page that has it
            var fragments = new ConcurrentDictionary<string, string>(StringComparer.Ordinal); // link with fragment -> a page that has it
            var anchors = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal); // page URL -> ids in its rendered document
            using (var tabs = new SemaphoreSlim(4))
            {
                await Task.WhenAll(pages.Select(async path =>
                {
                    await tabs.WaitAsync();
                    try
                    {
                        await CheckPage(context, site.BaseAddress, path, problems, charts, links, fragments, anchors);
                    }
                    finally
                    {
                        tabs.Release();
                    }
                }));
            }

            await CheckLinks(site.BaseAddress, links, fragments, anchors, problems);

            // The API reference lists PolicyReference.
            var api = await context.NewPageAsync();
            await api.GotoAsync(new Uri(site.BaseAddress, "api/PolicyRef.html").ToString());
            Assert.True(await api.Locator("a", new PageLocatorOptions { HasTextString = "PolicyReference" }).CountAsync() > 0, "the API reference's PolicyRef namespace page does not list PolicyReference");
            await api.CloseAsync();

            await site.Screenshot(context, "index.html", "landing.png");
            await site.Screenshot(context, "cookbook/cecot-vs-peers.html", "recipe-cecot-vs-peers.png");

            Assert.True(problems.IsEmpty, $"{problems.Count} problem(s) in the site:\n" + string.Join("\n", problems.OrderBy(p => p, StringComparer.Ordinal)));

            // The pages known to have series drew them: El Salvador's prison population and homicide rate, CECOT's population.
            Assert.True(charts.GetValueOrDefault("reference/countries/SLV.html") >= 2, $"El Salvador's page drew {charts.GetValueOrDefault("reference/countries/SLV.html")} charts");
            Assert.True(charts.GetValueOrDefault("reference/policies/slv-state-of-exception-2022.html") >= 1, "the state of exception's page drew no chart");
            Assert.True(charts.Values.Sum() >= 100, $"the reference drew only {charts.Values.Sum()} charts in all");
        }

        [Fact]
        [Trait("Category", "Browser")]
        public void The_reference_has_one_page_per_country_facility_and_policy_of_the_data()
        {
            var data = PolicyReference.Default;
            var pages = DocsSite.ReferencePages();
            string[] Subjects(string folder) => pages.Where(p => p.StartsWith("reference/" + folder + "/", StringComparison.Ordinal) && !p.EndsWith("/index.html", StringComparison.Ordinal))
                .Select(p => Path.GetFileNameWithoutExtension(p)).OrderBy(p => p, StringComparer.Ordinal).ToArray();

            Assert.Equal(data.Countries.Select(c => c.Id).OrderBy(i => i, StringComparer.Ordinal), Subjects("countries"));
            Assert.Equal(data.Facilities.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal), Subjects("facilities"));
            Assert.Equal(data.Policies.Select(p => p.Id).OrderBy(i => i, StringComparer.Ordinal), Subjects("policies"));
            Assert.Equal(data.Subjects.Count(), Subjects("countries").Length + Subjects("facilities").Length + Subjects("policies").Length);
        }

        [Fact]
        [Trait("Category", "Browser")]
        public async Task The_site_search_finds_a_subject_by_any_of_its_names_whatever_the_accents_and_case()
        {
            var searches = new[]
            {
                ("CECOT", "reference/facilities/cecot.html"),
                ("cecot", "reference/facilities/cecot.html"),
                ("megacárcel", "reference/facilities/cecot.html"),
                ("MEGACARCEL", "reference/facilities/cecot.html"),
                ("Terrorism Confinement Center", "reference/facilities/cecot.html"),
                ("estado de excepcion", "reference/policies/slv-state-of-exception-2022.html"),
                ("El Salvador", "reference/countries/SLV.html"),
            };

            // One page, one search index built by the site's worker, every query typed into the search box as a reader would.
            await using var context = await site.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(site.BaseAddress, "reference/index.html").ToString());
            await page.WaitForFunctionAsync("() => window.docfx && window.docfx.searchReady === true", null, new PageWaitForFunctionOptions { Timeout = 180000 });
            var misses = new List<string>();
            foreach (var (query, expected) in searches)
            {
                await page.FillAsync("#search-query", string.Empty);
                await page.FillAsync("#search-query", query);

                // The results list links each page as PAGE?q=QUERY; the first page of results is what a reader sees.
                await page.WaitForFunctionAsync("q => document.querySelector('#search-results .search-list')?.textContent.includes(q)", query, new PageWaitForFunctionOptions { Timeout = 60000 });
                var hrefs = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#search-results .sr-items a')).map(a => a.getAttribute('href'))");
                if (!hrefs.Any(h => h.Contains(expected + "?q=", StringComparison.Ordinal)))
                {
                    misses.Add($"'{query}' does not list {expected} on the first page of results: {string.Join(", ", hrefs)}");
                }
            }

            await page.CloseAsync();
            Assert.True(misses.Count == 0, string.Join("\n", misses));
        }

        [Fact]
        [Trait("Category", "Browser")]
        public async Task Screenshots_of_CECOT_El_Salvador_and_the_state_of_exception_are_kept_in_artifacts()
        {
            await using var context = await site.NewContextAsync();

            // What the pages must show of comparability, as rendered: CECOT's per-module cells as parts of the whole,
            // El Salvador's official homicide counts as named variants, and the series breaks on the charts.
            foreach (var (path, file, marks) in new[]
            {
                ("reference/facilities/cecot.html", "reference-cecot.png", new[] { "p.parts .part", "p.preferred .value", "line.break" }),
                ("reference/countries/SLV.html", "reference-slv.png", new[] { ".variant", "ul.variants li", "line.break", "table.conflicts-kind-definitional" }),
                ("reference/policies/slv-state-of-exception-2022.html", "reference-slv-state-of-exception-2022.png", new[] { "line.break", "table.estimate", "small.cite a" }),
            })
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
                foreach (var mark in marks)
                {
                    Assert.True(await page.Locator(mark).CountAsync() > 0, $"{path} shows no {mark}");
                }

                await page.CloseAsync();
                var shot = await site.Screenshot(context, path, file, maxHeight: 6000);
                Assert.True(new FileInfo(shot).Length > 10_000, $"{file} is {new FileInfo(shot).Length} bytes");
                output.WriteLine($"screenshot of {path}: {shot}");
                Console.WriteLine($"screenshot of {path}: {shot}");
            }
        }

        private static async Task CheckPage(IBrowserContext context, Uri site, string path, ConcurrentBag<string> problems, ConcurrentDictionary<string, int> charts, ConcurrentDictionary<string, string> links, ConcurrentDictionary<string, string> fragments, ConcurrentDictionary<string, HashSet<string>> anchors)
        {
            var page = await context.NewPageAsync();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add($"{path}: console error: {message.Text}");
                }
            };
            page.PageError += (_, error) => problems.Add($"{path}: script error: {error}");
            page.RequestFailed += (_, request) =>
            {
                // A request still running when the page is closed (the search index, say) is aborted, not failed.
                if (request.Failure != "net::ERR_ABORTED")
                {
                    problems.Add($"{path}: request failed: {request.Url} ({request.Failure})");
                }
            };
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    problems.Add($"{path}: HTTP {response.Status} for {response.Url}");
                }
            };

            var url = new Uri(site, path).ToString();
            var loaded = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (loaded is null || loaded.Status != 200)
            {
                problems.Add($"{path}: HTTP {loaded?.Status} when opened");
                await page.CloseAsync();
                return;
            }

            // Navigation is drawn by the template's script from toc.json: the navbar, and beside the article the
            // table of contents of the page's section (the landing page's section is the navbar itself).
            var sidebar = await page.EvaluateAsync<bool>("() => document.querySelector('meta[name=\"docfx:tocrel\"]')?.content !== document.querySelector('meta[name=\"docfx:navrel\"]')?.content");
            try
            {
                await page.Locator("#navbar a.nav-link").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15000 });
                if (sidebar)
                {
                    await page.Locator("#toc a").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15000 });
                }
            }
            catch (TimeoutException)
            {
                problems.Add($"{path}: no navigation ({(sidebar ? "navbar or table of contents" : "navbar")}) after 15 s");
            }

            var title = (await page.TitleAsync()).Trim();
            if (title.Length == 0 || title.StartsWith('|'))
            {
                problems.Add($"{path}: no title ('{title}')");
            }

            if (await page.Locator("article h1").CountAsync() == 0)
            {
                problems.Add($"{path}: no heading");
            }

            var navbar = await page.Locator("#navbar a.nav-link").AllInnerTextsAsync();
            foreach (var expected in new[] { "Guide", "Cookbook", "API reference" })
            {
                if (!navbar.Any(n => n.Trim() == expected))
                {
                    problems.Add($"{path}: the navbar has no '{expected}' ({string.Join(", ", navbar)})");
                }
            }

            var broken = await page.EvaluateAsync<string[]>("() => Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.currentSrc || i.src)");
            foreach (var image in broken)
            {
                problems.Add($"{path}: image did not load: {image}");
            }

            // A chart is drawn when its SVG has a size on the page and shows its points; a figure without them is a broken chart.
            var drawn = await page.EvaluateAsync<int[]>(@"() => Array.from(document.querySelectorAll('figure.reference-chart svg')).map(s => {
                const box = s.getBoundingClientRect();
                return box.width > 100 && box.height > 30 && s.querySelectorAll('circle.point').length >= 2 ? 1 : 0; })");
            if (drawn.Contains(0))
            {
                problems.Add($"{path}: {drawn.Count(d => d == 0)} of {drawn.Length} charts not drawn");
            }

            charts[path] = drawn.Sum();

            var hrefs = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
            foreach (var href in hrefs)
            {
                if (!Uri.TryCreate(href, UriKind.Absolute, out var link) || link.Authority != site.Authority || link.Scheme != site.Scheme)
                {
                    continue;
                }

                links.TryAdd(link.GetLeftPart(UriPartial.Query), path);
                if (link.Fragment.Length > 1)
                {
                    fragments.TryAdd(link.ToString(), path);
                }
            }

            var ids = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('[id], a[name]')).map(e => e.id || e.getAttribute('name'))");
            anchors[new Uri(site, path).ToString()] = ids.ToHashSet(StringComparer.Ordinal);
            await page.CloseAsync();
        }

        private static async Task CheckLinks(Uri site, ConcurrentDictionary<string, string> links, ConcurrentDictionary<string, string> fragments, ConcurrentDictionary<string, HashSet<string>> anchors, ConcurrentBag<string> problems)
        {
            using var http = new HttpClient { BaseAddress = site, Timeout = TimeSpan.FromSeconds(30) };
            var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (link, page) in links.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                using var response = await http.GetAsync(new Uri(link));
                if ((int)response.StatusCode != 200)
                {
                    problems.Add($"{page}: link to {new Uri(link).PathAndQuery} answers {(int)response.StatusCode}");
                    continue;
                }

                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    bodies[link] = await response.Content.ReadAsStringAsync();
                }
            }

            foreach (var (link, page) in fragments.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                var uri = new Uri(link);
                var id = Uri.UnescapeDataString(uri.Fragment.Substring(1));
                var target = uri.GetLeftPart(UriPartial.Query);
                var found = anchors.TryGetValue(target, out var rendered)
                    ? rendered.Contains(id)
                    : !bodies.TryGetValue(target, out var body) || body.Contains($"id=\"{id}\"", StringComparison.Ordinal) || body.Contains($"name=\"{id}\"", StringComparison.Ordinal);
                if (!found)
                {
                    problems.Add($"{page}: link to {uri.PathAndQuery}{uri.Fragment}: no such anchor");
                }
            }
        }
    }
}
