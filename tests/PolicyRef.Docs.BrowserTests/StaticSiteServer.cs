using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace PolicyRef.Docs.Tests
{
    /// <summary>Serves a folder over HTTP on 127.0.0.1 and a free port, in process, for the browser test.</summary>
    internal sealed class StaticSiteServer : IDisposable
    {
        private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
        {
            [".html"] = "text/html; charset=utf-8",
            [".css"] = "text/css; charset=utf-8",
            [".js"] = "text/javascript; charset=utf-8",
            [".mjs"] = "text/javascript; charset=utf-8",
            [".json"] = "application/json; charset=utf-8",
            [".svg"] = "image/svg+xml",
            [".png"] = "image/png",
            [".ico"] = "image/x-icon",
            [".woff"] = "font/woff",
            [".woff2"] = "font/woff2",
            [".ttf"] = "font/ttf",
            [".txt"] = "text/plain; charset=utf-8",
            [".xml"] = "application/xml",
            [".yml"] = "text/yaml; charset=utf-8",
            [".map"] = "application/json; charset=utf-8",
            [".csv"] = "text/csv; charset=utf-8",
            [".bib"] = "application/x-bibtex; charset=utf-8",
        };

        private readonly HttpListener listener = new HttpListener();
        private readonly string root;
        private readonly Task loop;

        public StaticSiteServer(string root)
        {
            this.root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
            listener.Prefixes.Add(BaseAddress.ToString());
            listener.Start();
            loop = Task.Run(ServeAsync);
        }

        public Uri BaseAddress { get; }

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
            loop.Wait(TimeSpan.FromSeconds(5));
        }

        private static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        private async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                _ = Task.Run(() => Respond(context));
            }
        }

        private void Respond(HttpListenerContext context)
        {
            var response = context.Response;
            try
            {
                var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
                var path = Path.GetFullPath(Path.Combine(root, relative));
                if (Directory.Exists(path))
                {
                    path = Path.Combine(path, "index.html");
                }

                if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
                {
                    response.StatusCode = 404;
                    return;
                }

                var bytes = File.ReadAllBytes(path);
                response.StatusCode = 200;
                response.ContentType = ContentTypes.TryGetValue(Path.GetExtension(path), out var type) ? type : "application/octet-stream";
                response.Headers["Cache-Control"] = "max-age=600"; // the site does not change while it is served: each script and style is fetched once
                response.ContentLength64 = bytes.Length;
                if (context.Request.HttpMethod != "HEAD")
                {
                    response.OutputStream.Write(bytes, 0, bytes.Length);
                }
            }
            catch (Exception e) when (e is IOException or HttpListenerException or UnauthorizedAccessException)
            {
                response.StatusCode = 500;
            }
            finally
            {
                try
                {
                    response.Close();
                }
                catch (HttpListenerException)
                {
                    // The browser went away.
                }
            }
        }
    }
}
