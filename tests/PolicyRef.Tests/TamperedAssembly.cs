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

        public byte[] Original(string name)
        {
            using var stream = inner.GetManifestResourceStream(name) ?? throw new ArgumentException(name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
