using System;
using System.Linq;
using System.Reflection;

namespace PolicyRef.Data
{
    /// <summary>
    /// Checks the embedded data files against what was loaded. The snapshot <see cref="PolicyReference.Default"/> decodes
    /// is checked against the build manifest on every load; the JSON files embedded beside it (the published form of the
    /// same data, in the <see cref="DataArchive"/>) are not read then, to keep the load fast, and are checked here on demand: each against the manifest,
    /// and the hash of the whole set against the hash of the data the snapshot was compiled from.
    /// </summary>
    internal static class EmbeddedIntegrity
    {
        /// <summary>The SHA-256 of the embedded data files, recomputed from their bytes.</summary>
        /// <exception cref="PolicyDataException">A file does not match the manifest, or the files are not the data that was loaded.</exception>
        public static string Verify(Assembly assembly, string loadedHash)
        {
            var files = DataFiles.FromEmbedded(assembly);
            var problems = DataManifest.Verify(files, DataManifest.ReadEmbedded(assembly)).ToList();
            var computed = DataManifest.HashOfSet(files);
            if (problems.Count == 0 && !string.Equals(computed, loadedHash, StringComparison.Ordinal))
            {
                problems.Add(new DataProblem(DataProblemKind.InvalidFile, DataManifest.ResourceName, 0, 0, string.Empty, $"the embedded data files hash to {computed}, but the loaded set was built from data hashing to {loadedHash}; the assembly was altered after it was built"));
            }

            if (problems.Count > 0)
            {
                throw new PolicyDataException(problems);
            }

            return computed;
        }
    }
}
