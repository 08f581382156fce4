using System;
using System.IO;

namespace PolicyRef.Export.Tests
{
    /// <summary>The checkout the tests run from: the nearest directory above the test binaries that holds PolicyRef.sln.</summary>
    internal static class Repository
    {
        public static string Root { get; } = Find();

        private static string Find()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PolicyRef.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("PolicyRef.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
