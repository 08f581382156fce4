using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace PolicyRef.Data
{
    /// <summary>
    /// The data files as the assembly carries them: one zip archive (10 MB of JSON in under 1 MB), written at build by the
    /// data compiler from exactly the files it checked. Nothing reads it to load the set (the snapshot is decoded); it is
    /// the published form of the data, read to recompute <see cref="PolicyReference.DataHash"/> from the files and by the
    /// JSON fallback. Entries are in path order with a fixed time stamp, so that a build is bit-identical.
    /// </summary>
    internal static class DataArchive
    {
        /// <summary>The name of the embedded resource.</summary>
        public const string ResourceName = "PolicyRef.Data.zip";

        // The earliest time a zip entry can carry (MS-DOS dates start in 1980): no build time leaks into the archive.
        private static readonly DateTimeOffset EntryTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>Writes <paramref name="files"/> as an archive, in path order.</summary>
        public static byte[] Write(IEnumerable<DataFile> files)
        {
            using var memory = new MemoryStream();
            using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
                {
                    var entry = archive.CreateEntry(file.Path, CompressionLevel.Optimal);
                    entry.LastWriteTime = EntryTime;
                    using var stream = entry.Open();
                    var content = file.Content;
                    stream.Write(content, 0, content.Length);
                }
            }

            return memory.ToArray();
        }

        /// <summary>The files of an archive, in path order.</summary>
        /// <exception cref="PolicyDataException">The archive is damaged, or an entry is not a data file.</exception>
        public static IReadOnlyList<DataFile> Read(Stream stream, string origin)
        {
            var files = new List<DataFile>();
            try
            {
                using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
                foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
                {
                    using var content = entry.Open();
                    using var copy = new MemoryStream(entry.Length <= int.MaxValue ? (int)entry.Length : throw new InvalidDataException("an entry is too large"));
                    content.CopyTo(copy);
                    files.Add(new DataFile(entry.FullName, copy.ToArray()));
                }
            }
            catch (Exception e) when (e is InvalidDataException || e is IOException || e is NotSupportedException)
            {
                throw new PolicyDataException(new[] { new DataProblem(DataProblemKind.InvalidFile, origin, 0, 0, string.Empty, "the data archive is damaged: " + e.Message) });
            }

            return files;
        }
    }
}
