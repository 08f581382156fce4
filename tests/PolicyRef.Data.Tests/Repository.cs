using System;
using System.IO;

namespace PolicyRef.Data.Tests
{
    /// <summary>Finds the repository's data/ folder from the test's output directory.</summary>
    internal static class Repository
    {
        public static string Root
        {
            get
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

        public static string Data => Path.Combine(Root, "data");
    }
}
