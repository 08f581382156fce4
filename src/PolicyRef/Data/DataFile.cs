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
        private readonly long scannedLength;
        private readonly System.DateTime scannedWrite;
        private string? sha256;

        public DataFile(string path, byte[] content)
        {
            Path = path;
            this.content = content;
        }

        private DataFile(string path, string fullPath, long scannedLength, System.DateTime scannedWrite)
        {
            Path = path;
            this.fullPath = fullPath;
            this.scannedLength = scannedLength;
            this.scannedWrite = scannedWrite;
        }

        /// <summary>A file of a directory, as the directory scan saw it.</summary>
        /// <remarks>Its bytes are read only while it is still the regular file of that length and write time: see <see cref="RegularFileReader"/>.</remarks>
        public static DataFile FromScan(string path, FileInfo scanned) => new DataFile(path, scanned.FullName, scanned.Length, scanned.LastWriteTimeUtc);

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

                var bytes = RegularFileReader.Read(fullPath!, scannedLength, scannedWrite);
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
        public string Sha256 => sha256 ??= DataManifest.HashOf(Content);
    }
}
