using System;
using System.IO;

namespace PolicyRef.Cookbook
{
    /// <summary>Paths in the repository, found from a directory inside it.</summary>
    public sealed class DocsRepository
    {
        /// <summary>Creates the paths of the repository at <paramref name="root"/>.</summary>
        /// <param name="root">The folder holding PolicyRef.sln.</param>
        public DocsRepository(string root) => Root = root;

        /// <summary>The folder holding PolicyRef.sln.</summary>
        public string Root { get; }

        /// <summary>docs/.</summary>
        public string Docs => Path.Combine(Root, "docs");

        /// <summary>docs/images/.</summary>
        public string Images => Path.Combine(Docs, "images");

        /// <summary>docs/cookbook/output/.</summary>
        public string Outputs => Path.Combine(Docs, "cookbook", "output");

        /// <summary>docs/cookbook/PolicyRef.Cookbook/.</summary>
        public string CookbookProject => Path.Combine(Docs, "cookbook", "PolicyRef.Cookbook");

        /// <summary>The committed output file of a recipe.</summary>
        /// <param name="recipe">The recipe.</param>
        /// <returns>docs/cookbook/output/NAME.txt.</returns>
        public string OutputOf(Recipe recipe) => Path.Combine(Outputs, (recipe ?? throw new ArgumentNullException(nameof(recipe))).Name + ".txt");

        /// <summary>Finds the repository above a directory.</summary>
        /// <param name="start">A directory inside the repository (or its build output).</param>
        /// <returns>The repository.</returns>
        public static DocsRepository Find(string start)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PolicyRef.sln")))
                {
                    return new DocsRepository(directory.FullName);
                }
            }

            throw new InvalidOperationException("PolicyRef.sln not found above " + start);
        }
    }
}
