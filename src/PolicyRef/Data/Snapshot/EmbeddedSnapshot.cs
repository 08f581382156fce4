using System;
using System.Reflection;

namespace PolicyRef.Data.Snapshot
{
    /// <summary>The snapshot the build embeds, checked against its SHA-256 in the data manifest before it is decoded.</summary>
    internal static class EmbeddedSnapshot
    {
        /// <summary>The embedded set, or null when the assembly carries no snapshot.</summary>
        /// <exception cref="PolicyDataException">The snapshot is missing from the manifest, does not match it, or is damaged.</exception>
        public static PolicyReference? TryLoad(Assembly assembly)
        {
            byte[] bytes;
            using (var stream = assembly.GetManifestResourceStream(SnapshotFormat.ResourceName))
            {
                if (stream is null)
                {
                    return null;
                }

                bytes = DataFiles.ReadAll(stream);
            }

            var expected = DataManifest.HashFor(DataManifest.ReadEmbedded(assembly), SnapshotFormat.ResourceName);
            if (expected is null)
            {
                throw Problem("the embedded snapshot is not in the data manifest");
            }

            if (!string.Equals(expected, DataManifest.HashOf(bytes), StringComparison.OrdinalIgnoreCase))
            {
                throw Problem("the embedded snapshot does not match its SHA-256 in the data manifest");
            }

            return SnapshotReader.Read(bytes, SnapshotFormat.ResourceName);
        }

        private static PolicyDataException Problem(string message) =>
            new PolicyDataException(new[] { new DataProblem(DataProblemKind.InvalidFile, SnapshotFormat.ResourceName, 0, 0, string.Empty, message) });
    }
}
