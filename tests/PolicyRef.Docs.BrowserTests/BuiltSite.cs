using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace PolicyRef.Docs.Tests
{
    /// <summary>The docs site built once for the browser tests, served on 127.0.0.1, and Debian's chromium to open it.</summary>
    public sealed class BuiltSite : IAsyncLifetime
    {
        public const string Chromium = "/usr/bin/chromium";

        private static readonly string[] ChromiumArgs =
        {
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        };

        private StaticSiteServer? server;
        private IPlaywright? playwright;
        private IBrowser? browser;

        /// <summary>How long building the site took; null when .ci/run had built it.</summary>
        public TimeSpan? BuildTime { get; private set; }

        public Uri BaseAddress => server!.BaseAddress;

        public IBrowser Browser => browser!;

        public async Task InitializeAsync()
        {
            if (!File.Exists(Chromium))
            {
                throw new InvalidOperationException($"Debian's chromium is not installed at {Chromium}: install it with `apt-get install -y chromium` (.ci/run does). These tests never download a browser.");
            }

            BuildTime = DocsSite.Build();
            server = new StaticSiteServer(DocsSite.Output);
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        }

        public async Task DisposeAsync()
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright?.Dispose();
            server?.Dispose();
        }

        /// <summary>A fresh browser context with a 1280×900 window.</summary>
        public Task<IBrowserContext> NewContextAsync() =>
            Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        /// <summary>Takes a full-page screenshot (at most maxHeight pixels from the top) into artifacts/screenshots and returns its path.</summary>
        public async Task<string> Screenshot(IBrowserContext context, string path, string file, int maxHeight = 20000)
        {
            var directory = Path.Combine(Docs.Repository.Root, "artifacts", "screenshots");
            Directory.CreateDirectory(directory);
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(BaseAddress, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            await page.Locator("#navbar a.nav-link").First.WaitForAsync();
            var target = Path.Combine(directory, file);
            var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = target,
                FullPage = true,
                Clip = height > maxHeight ? new Clip { X = 0, Y = 0, Width = 1280, Height = maxHeight } : null,
            });
            await page.CloseAsync();
            return target;
        }
    }
}
