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
    /// Builds the docfx site, serves it on 127.0.0.1 and opens every listed page in Debian's chromium:
    /// each renders with a title and navigation, logs no console error, loads every image, and every
    /// internal link answers 200. Never downloads a browser.
    /// </summary>
    public class SiteBrowserTests
    {
        public const string Chromium = "/usr/bin/chromium";

        private static readonly string[] ChromiumArgs =
        {
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        };

        [Fact]
        [Trait("Category", "Browser")]
        public async Task Every_listed_page_renders_in_chromium_with_navigation_links_and_images()
        {
            Assert.True(File.Exists(Chromium), $"Debian's chromium is not installed at {Chromium}: install it with `apt-get install -y chromium` (.ci/run does). This test never downloads a browser.");

            DocsSite.Build();
            var pages = DocsSite.ListedPages();
            Assert.Contains("cookbook/cecot-vs-peers.html", pages);
            Assert.Contains("coverage.html", pages);
            Assert.Contains("api/PolicyRef.PolicyReference.html", pages);

            using var server = new StaticSiteServer(DocsSite.Output);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

            var problems = new ConcurrentBag<string>();
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
                        await CheckPage(context, server.BaseAddress, path, problems, links, fragments, anchors);
                    }
                    finally
                    {
                        tabs.Release();
                    }
                }));
            }

            await CheckLinks(server.BaseAddress, links, fragments, anchors, problems);

            // The API reference lists PolicyReference.
            var api = await context.NewPageAsync();
            await api.GotoAsync(new Uri(server.BaseAddress, "api/PolicyRef.html").ToString());
            Assert.True(await api.Locator("a", new PageLocatorOptions { HasTextString = "PolicyReference" }).CountAsync() > 0, "the API reference's PolicyRef namespace page does not list PolicyReference");
            await api.CloseAsync();

            await Screenshot(context, server.BaseAddress, "index.html", "landing.png");
            await Screenshot(context, server.BaseAddress, "cookbook/cecot-vs-peers.html", "recipe-cecot-vs-peers.png");

            Assert.True(problems.IsEmpty, $"{problems.Count} problem(s) in the site:\n" + string.Join("\n", problems.OrderBy(p => p, StringComparer.Ordinal)));
        }

        private static async Task CheckPage(IBrowserContext context, Uri site, string path, ConcurrentBag<string> problems, ConcurrentDictionary<string, string> links, ConcurrentDictionary<string, string> fragments, ConcurrentDictionary<string, HashSet<string>> anchors)
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

        private static async Task Screenshot(IBrowserContext context, Uri site, string path, string file)
        {
            var directory = Path.Combine(Docs.Repository.Root, "artifacts", "screenshots");
            Directory.CreateDirectory(directory);
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(site, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            await page.Locator("#navbar a.nav-link").First.WaitForAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, file), FullPage = true });
            await page.CloseAsync();
        }
    }
}
