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

                var bytes = File.ReadAllBytes(fullPath!);
                sha256 ??= DataManifest.HashOf(bytes);
                return bytes;
            }
        }

        /// <summary>The SHA-256 of <see cref="Content"/> (lower-case hex), computed once: the manifest check and the set's hash share it.</summary>
        public string Sha256 => sha256 ??= DataManifest.HashOf(Content);
    }
}
