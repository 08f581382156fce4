using System;
using System.IO;
using System.Reflection;
using System.Text;

namespace PolicyRef.Data.Snapshot
{
    /// <summary>The snapshot the build embeds, checked against the checksum the data compiler embedded beside it before it is decoded.</summary>
    internal static class EmbeddedSnapshot
    {
        /// <summary>The embedded set, or null when the assembly carries no snapshot.</summary>
        /// <exception cref="PolicyDataException">The snapshot has no checksum, does not match it, or is damaged.</exception>
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

            return Decode(bytes, ReadChecksum(assembly));
        }

        /// <summary>Decodes <paramref name="bytes"/> once they match <paramref name="expectedChecksum"/>.</summary>
        /// <exception cref="PolicyDataException">There is no checksum, the bytes do not match it, or they are damaged.</exception>
        internal static PolicyReference Decode(byte[] bytes, string? expectedChecksum)
        {
            if (expectedChecksum is null)
            {
                throw Problem("the embedded snapshot has no checksum; the assembly was not built from the PolicyRef project");
            }

            if (!string.Equals(expectedChecksum.Trim(), SnapshotChecksum.Of(bytes), StringComparison.OrdinalIgnoreCase))
            {
                throw Problem("the embedded snapshot does not match its checksum");
            }

            return SnapshotReader.Read(bytes, SnapshotFormat.ResourceName);
        }

        private static string? ReadChecksum(Assembly assembly)
        {
            using var stream = assembly.GetManifestResourceStream(SnapshotChecksum.ResourceName);
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream, Encoding.ASCII);
            return reader.ReadToEnd();
        }

        private static PolicyDataException Problem(string message) =>
            new PolicyDataException(new[] { new DataProblem(DataProblemKind.InvalidFile, SnapshotFormat.ResourceName, 0, 0, string.Empty, message) });
    }
}
