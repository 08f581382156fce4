using System.IO;

namespace PolicyRef.Data
{
    /// <summary>
    /// One file of a data set: its path relative to the data root and its bytes. A file from a directory is read from
    /// disk each time its bytes are asked for and not kept, so that a load holds one file's bytes at a time, not the
    /// whole set's; its SHA-256 is taken from the first read.
    /// </summary>
    internal sealed class DataFile
    {
        private readonly byte[]? content;
        private readonly string? fullPath;
        private string? sha256;

        public DataFile(string path, byte[] content)
        {
            Path = path;
            this.content = content;
        }

        /// <summary>A file read from <paramref name="fullPath"/> when its bytes are needed.</summary>
        public DataFile(string path, string fullPath)
        {
            Path = path;
            this.fullPath = fullPath;
        }

        /// <summary>Relative path with forward slashes, such as <c>facilities/SLV/cecot.json</c>.</summary>
        public string Path { get; }

        /// <summary>The bytes: kept for an embedded or in-memory file, read again from disk for a file of a directory.</summary>
        public byte[] Content
        {
            get
            {
                if (content is not null)
                {
                    return content;
                }

                var bytes = ReadBounded(fullPath!);
                var hash = DataManifest.HashOf(bytes);
                if (sha256 is null)
                {
                    sha256 = hash;
                }
                else if (sha256 != hash)
                {
                    // Read again later in the load (the fast path gave up): the set's hash must be that of what was loaded.
                    throw new IOException("the file changed while the data set was being loaded; load again when nothing is writing to it");
                }

                return bytes;
            }
        }

        /// <summary>The SHA-256 of <see cref="Content"/> (lower-case hex), computed once: the manifest check and the set's hash share it.</summary>
        /// <summary>
        /// At most <see cref="LineInfoJsonReader.MaxFileBytes"/> bytes and one more, whatever the file system says its length
        /// is (a character device or a pipe reports 0 and never ends): a longer file is an error, not a read to the end.
        /// </summary>
        private static byte[] ReadBounded(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new byte[81920];
            using var bytes = new MemoryStream();
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                bytes.Write(buffer, 0, read);
                if (bytes.Length > LineInfoJsonReader.MaxFileBytes)
                {
                    throw new IOException($"the file holds more than {LineInfoJsonReader.MaxFileBytes:N0} bytes, the most a data file may hold");
                }
            }

            return bytes.ToArray();
        }

        public string Sha256 => sha256 ??= DataManifest.HashOf(Content);
    }
}
