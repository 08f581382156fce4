using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyRef.Cookbook;

namespace PolicyRef.Docs.Tests
{
    /// <summary>The repository's documentation files, as the tests read them.</summary>
    internal static class Docs
    {
        public static DocsRepository Repository { get; } = DocsRepository.Find(AppContext.BaseDirectory);

        /// <summary>The Markdown pages of the site: docs/**/*.md, less the build output and the cookbook project.</summary>
        public static IReadOnlyList<string> Pages { get; } = Directory.GetFiles(Repository.Docs, "*.md", SearchOption.AllDirectories)
            .Where(p => !IsUnder(p, "_site") && !IsUnder(p, "api") && !IsUnder(p, Path.Combine("cookbook", "PolicyRef.Cookbook")))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        /// <summary>The cookbook project's C# sources (not bin/ or obj/).</summary>
        public static IReadOnlyList<string> RecipeSources { get; } = Directory.GetFiles(Repository.CookbookProject, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        /// <summary>docfx code includes: [!code-LANG[](path#region)] or [!code-LANG[](path)].</summary>
        public static Regex CodeInclude { get; } = new Regex(@"\[!code-(?<lang>[a-z]+)\[[^\]]*\]\((?<path>[^)#]+)(#(?<region>[^)]+))?\)\]", RegexOptions.CultureInvariant);

        /// <summary>Markdown images: ![alt](path).</summary>
        public static Regex Image { get; } = new Regex(@"!\[[^\]]*\]\((?<path>[^)\s]+)\)", RegexOptions.CultureInvariant);

        /// <summary>Every code include of every page, with the file it names resolved from the page's folder.</summary>
        public static IEnumerable<(string Page, string Language, string File, string? Region)> CodeIncludes() =>
            from page in Pages
            from Match m in CodeInclude.Matches(File.ReadAllText(page))
            select (page, m.Groups["lang"].Value, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, m.Groups["path"].Value)), m.Groups["region"].Success ? m.Groups["region"].Value : null);

        public static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');

        /// <summary>The first line where two texts differ, for a readable failure.</summary>
        public static string FirstDifference(string expected, string actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
            {
                var left = i < e.Length ? e[i] : "(end of file)";
                var right = i < a.Length ? a[i] : "(end of output)";
                if (left != right)
                {
                    return $"line {i + 1}:\n  committed: {left}\n  now:       {right}";
                }
            }

            return "(no difference)";
        }

        private static bool IsUnder(string path, string folder) =>
            Path.GetRelativePath(Repository.Docs, path).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
