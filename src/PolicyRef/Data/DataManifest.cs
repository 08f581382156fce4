using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace PolicyRef.Data
{
    /// <summary>
    /// SHA-256 hashes of data files. The build embeds a manifest of the shipped files; the loader checks each embedded
    /// file against it and exposes a hash of the whole set, so that a result can be tied to the exact data behind it.
    /// </summary>
    internal static class DataManifest
    {
        public const string ResourceName = "PolicyRef.Manifest";

        public static string HashOf(byte[] content)
        {
#if NET
            return Convert.ToHexStringLower(SHA256.HashData(content));
#else
            using var sha = SHA256.Create();
            return ToHex(sha.ComputeHash(content));
#endif
        }

        /// <summary>The hash of a whole set: SHA-256 over "hash  path" lines sorted by path.</summary>
        public static string HashOfSet(IEnumerable<DataFile> files)
        {
            var lines = files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => f.Sha256 + "  " + f.Path + "\n");
            return HashOf(Encoding.UTF8.GetBytes(string.Concat(lines)));
        }

        /// <summary>Checks embedded files against the manifest written at build; every mismatch is a problem.</summary>
        public static IReadOnlyList<DataProblem> Verify(IReadOnlyList<DataFile> files, string? manifest)
        {
            var problems = new List<DataProblem>();
            if (manifest is null)
            {
                problems.Add(new DataProblem(DataProblemKind.InvalidFile, ResourceName, 0, 0, string.Empty, "the embedded data has no manifest; the assembly was not built from the PolicyRef project"));
                return problems;
            }

            var expected = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in manifest.Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(new[] { "  " }, 2, StringSplitOptions.None);
                if (parts.Length == 2 && parts[1].StartsWith(DataFiles.ResourcePrefix, StringComparison.Ordinal))
                {
                    expected[parts[1].Substring(DataFiles.ResourcePrefix.Length)] = parts[0];
                }
            }

            foreach (var file in files)
            {
                if (!expected.TryGetValue(file.Path, out var hash))
                {
                    problems.Add(new DataProblem(DataProblemKind.InvalidFile, file.Path, 0, 0, string.Empty, "the embedded file is not in the data manifest"));
                }
                else if (!string.Equals(hash, file.Sha256, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(new DataProblem(DataProblemKind.InvalidFile, file.Path, 0, 0, string.Empty, "the embedded file does not match its SHA-256 in the data manifest"));
                }
            }

            foreach (var missing in expected.Keys.Except(files.Select(f => f.Path), StringComparer.Ordinal))
            {
                problems.Add(new DataProblem(DataProblemKind.InvalidFile, missing, 0, 0, string.Empty, "the data manifest lists a file that is not embedded"));
            }

            return problems;
        }

        /// <summary>The hash the manifest gives for one entry, such as the snapshot; null when it lists none.</summary>
        public static string? HashFor(string? manifest, string entry)
        {
            foreach (var line in (manifest ?? string.Empty).Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(new[] { "  " }, 2, StringSplitOptions.None);
                if (parts.Length == 2 && parts[1] == entry)
                {
                    return parts[0];
                }
            }

            return null;
        }

        public static string? ReadEmbedded(System.Reflection.Assembly assembly)
        {
            using var stream = assembly.GetManifestResourceStream(ResourceName);
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }

#if !NET
        private static string ToHex(byte[] bytes)
        {
            var text = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes)
            {
                text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }
#endif
    }
}
