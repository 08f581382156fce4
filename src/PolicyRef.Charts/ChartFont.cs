using System;
using System.IO;
using System.Threading;

namespace PolicyRef.Charts
{
    /// <summary>Registers the shipped DejaVu Sans font with ScottPlot once, so text renders on machines without fonts.</summary>
    internal static class ChartFont
    {
        public const string Name = "DejaVu Sans";

        private static readonly Lazy<bool> Registered = new Lazy<bool>(Register, LazyThreadSafetyMode.ExecutionAndPublication);

        public static void Ensure() => _ = Registered.Value;

        private static bool Register()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("The chart font is missing from the tool's folder.", path);
            }

            ScottPlot.Fonts.AddFontFile(Name, path);
            return true;
        }
    }
}
