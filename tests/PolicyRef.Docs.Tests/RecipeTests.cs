using System;
using System.IO;
using System.Linq;
using PolicyRef.Cookbook;
using Xunit;

namespace PolicyRef.Docs.Tests
{
    /// <summary>Every recipe compiles, runs against the shipped data, prints what its page shows, and has a page.</summary>
    public class RecipeTests
    {
        public static TheoryData<string> Recipes => new TheoryData<string>(Recipe.All.Select(r => r.Name));

        [Theory]
        [MemberData(nameof(Recipes))]
        public void Committed_output_is_what_the_recipe_prints_now(string name)
        {
            var recipe = Recipe.All.Single(r => r.Name == name);
            var images = Directory.CreateTempSubdirectory("policyref-docs-test-").FullName;
            try
            {
                var now = recipe.Run(images);
                var path = Docs.Repository.OutputOf(recipe);
                Assert.True(File.Exists(path), $"{Docs.Relative(path)} is missing: run {GeneratedPages.Command}");
                var committed = File.ReadAllText(path);
                Assert.True(committed == now, $"{Docs.Relative(path)} is stale: the page would show output the code no longer prints. Run {GeneratedPages.Command} and commit the result.\n{Docs.FirstDifference(committed, now)}");
            }
            finally
            {
                Directory.Delete(images, recursive: true);
            }
        }

        [Theory]
        [MemberData(nameof(Recipes))]
        public void Recipe_is_one_region_of_the_cookbook_project(string name)
        {
            var opening = Docs.RecipeSources.Where(f => File.ReadLines(f).Any(l => l.Trim() == $"// <{name}>")).ToList();
            var closing = Docs.RecipeSources.Where(f => File.ReadLines(f).Any(l => l.Trim() == $"// </{name}>")).ToList();
            Assert.True(opening.Count == 1 && closing.Count == 1 && opening[0] == closing[0], $"recipe {name} needs exactly one '// <{name}>' … '// </{name}>' region in one file of docs/cookbook/PolicyRef.Cookbook");
            var lines = File.ReadAllLines(opening[0]).Select(l => l.Trim()).ToList();
            Assert.True(lines.IndexOf($"// <{name}>") < lines.IndexOf($"// </{name}>"), $"recipe {name}: the region closes before it opens");
        }

        [Theory]
        [MemberData(nameof(Recipes))]
        public void Recipe_code_and_output_are_included_by_a_page(string name)
        {
            var recipe = Recipe.All.Single(r => r.Name == name);
            var includes = Docs.CodeIncludes().ToList();
            var code = includes.Where(i => i.Language == "csharp" && i.Region == name).ToList();
            Assert.True(code.Count > 0, $"no page under docs/ includes recipe {name}: add [!code-csharp[](…/PolicyRef.Cookbook/….cs#{name})] to a page");
            foreach (var include in code)
            {
                Assert.True(File.Exists(include.File) && File.ReadLines(include.File).Any(l => l.Trim() == $"// <{name}>"), $"{Docs.Relative(include.Page)} includes #{name} from {Docs.Relative(include.File)}, which does not hold that region");
            }

            var output = Path.GetFullPath(Docs.Repository.OutputOf(recipe));
            Assert.True(includes.Any(i => i.File == output), $"no page under docs/ shows the output of recipe {name}: add [!code-text[](…/cookbook/output/{name}.txt)] under its code");
        }

        [Fact]
        public void Every_output_file_belongs_to_a_recipe()
        {
            var known = Recipe.All.Select(r => r.Name + ".txt").ToHashSet(StringComparer.Ordinal);
            var orphans = Directory.GetFiles(Docs.Repository.Outputs).Select(Path.GetFileName).Where(f => !known.Contains(f!)).ToList();
            Assert.True(orphans.Count == 0, "output files without a recipe: " + string.Join(", ", orphans) + $"; run {GeneratedPages.Command}");
        }

        [Fact]
        public void Every_code_include_of_every_page_resolves()
        {
            var broken = Docs.CodeIncludes()
                .Where(i => !File.Exists(i.File) || (i.Region is { } region && !File.ReadLines(i.File).Any(l => l.Trim() == $"// <{region}>")))
                .Select(i => $"{Docs.Relative(i.Page)} -> {Docs.Relative(i.File)}{(i.Region is null ? string.Empty : "#" + i.Region)}")
                .ToList();
            Assert.True(broken.Count == 0, "code includes that do not resolve:\n" + string.Join("\n", broken));
        }

        [Fact]
        public void Recipes_have_unique_names_and_the_cookbook_has_at_least_ten()
        {
            Assert.Equal(Recipe.All.Count, Recipe.All.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
            var cookbookPages = Docs.Pages.Where(p => Path.GetDirectoryName(p) == Path.Combine(Docs.Repository.Docs, "cookbook") && Path.GetFileName(p) != "index.md").ToList();
            Assert.True(cookbookPages.Count >= 10, $"the cookbook has {cookbookPages.Count} recipe pages");
            Assert.All(cookbookPages, p => Assert.Contains("[!code-csharp[]", File.ReadAllText(p), StringComparison.Ordinal));
        }
    }
}
