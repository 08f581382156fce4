namespace PolicyRef.Data
{
    /// <summary>One file of a data set: its path relative to the data root and its bytes.</summary>
    internal sealed class DataFile
    {
        public DataFile(string path, byte[] content)
        {
            Path = path;
            Content = content;
        }

        /// <summary>Relative path with forward slashes, such as <c>facilities/SLV/cecot.json</c>.</summary>
        public string Path { get; }

        public byte[] Content { get; }

        /// <summary>The SHA-256 of <see cref="Content"/> (lower-case hex), computed once: the manifest check and the set's hash share it.</summary>
        public string Sha256 => sha256 ??= DataManifest.HashOf(Content);

        private string? sha256;
    }
}
