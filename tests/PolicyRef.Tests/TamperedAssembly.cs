using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PolicyRef.Tests
{
    /// <summary>The library's assembly as seen through altered resources: some replaced, as someone editing the DLL would.</summary>
    internal sealed class TamperedAssembly : Assembly
    {
        private readonly Assembly inner;
        private readonly IReadOnlyDictionary<string, byte[]> replaced;

        public TamperedAssembly(Assembly inner, IReadOnlyDictionary<string, byte[]> replaced)
        {
            this.inner = inner;
            this.replaced = replaced;
        }

        public override string[] GetManifestResourceNames() => inner.GetManifestResourceNames();

        public override Stream? GetManifestResourceStream(string name) =>
            replaced.TryGetValue(name, out var bytes) ? new MemoryStream(bytes, false) : inner.GetManifestResourceStream(name);

        /// <summary>The library's resources with one data file of its archive replaced (and the manifest, when given).</summary>
        public static TamperedAssembly WithDataFile(Assembly inner, string path, byte[] content, byte[]? manifest = null)
        {
            var files = Data.DataFiles.FromEmbedded(inner).Select(f => f.Path == path ? new Data.DataFile(path, content) : f).ToList();
            if (!files.Any(f => f.Path == path))
            {
                throw new ArgumentException(path);
            }

            var replaced = new Dictionary<string, byte[]> { [Data.DataArchive.ResourceName] = Data.DataArchive.Write(files) };
            if (manifest is not null)
            {
                replaced[Data.DataManifest.ResourceName] = manifest;
            }

            return new TamperedAssembly(inner, replaced);
        }

        /// <summary>A data file of the library's archive, as built.</summary>
        public static byte[] OriginalDataFile(Assembly inner, string path) =>
            Data.DataFiles.FromEmbedded(inner).Single(f => f.Path == path).Content;

        public byte[] Original(string name)
        {
            using var stream = inner.GetManifestResourceStream(name) ?? throw new ArgumentException(name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
