using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace PolicyRef.Export
{
    /// <summary>
    /// Where an export goes, and how it gets there whole or not at all: the files are written into a new hidden
    /// directory beside the target (<c>.NAME.partial-…</c>), a marker file last, and that directory is then renamed to
    /// the target. An earlier export of the same format there is replaced as a whole. A failed export removes its partial directory; an interrupted one leaves only that hidden, unmarked
    /// directory, never a target that looks complete. The target must not be a data source of the same set (an export
    /// would overwrite the data it reads), a symbolic link, a file, or a directory holding anything but an earlier export.
    /// </summary>
    internal static class ExportDirectory
    {
        /// <summary>The file an export writes last, naming its format and data; an earlier export may be replaced.</summary>
        public const string MarkerName = ".policyref-export";

        private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

        public static void Write(PolicyReference reference, string directory, string format, Action<string> write) =>
            WriteAsync(reference, directory, format, into =>
            {
                write(into);
                return Task.CompletedTask;
            }).GetAwaiter().GetResult();

        /// <summary>As <see cref="Write"/>, for writers that write asynchronously (Parquet).</summary>
        public static async Task WriteAsync(PolicyReference reference, string directory, string format, Func<string, Task> write)
        {
            if (reference is null || directory is null)
            {
                throw new ArgumentNullException(reference is null ? nameof(reference) : nameof(directory));
            }

            var target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var parent = Path.GetDirectoryName(target);
            if (string.IsNullOrEmpty(parent) || string.IsNullOrEmpty(Path.GetFileName(target)))
            {
                throw new ArgumentException($"Cannot export into '{directory}': choose a directory below the file system's root.", nameof(directory));
            }

            foreach (var source in reference.SourceDirectories)
            {
                if (Overlaps(target, source))
                {
                    throw new ArgumentException($"Cannot export into '{target}': it {(target == source ? "is" : "overlaps")} the data directory '{source}' this data set was loaded from, which the export would overwrite. Choose another directory.", nameof(directory));
                }
            }

            var replacing = CheckTarget(target, format);
            Directory.CreateDirectory(parent);
            var partial = Path.Combine(parent, "." + Path.GetFileName(target) + ".partial-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(partial);
            try
            {
                await write(partial).ConfigureAwait(false);
                WriteNew(Path.Combine(partial, MarkerName), $"PolicyRef export\nformat: {format}\ndata: {reference.DataVersion}\nsha256: {reference.DataHash}\n");
                Swap(partial, target, replacing);
            }
            catch
            {
                TryDelete(partial);
                throw;
            }
        }

        /// <summary>Writes a new file; an existing file or link of that name is an error, never followed.</summary>
        public static void WriteNew(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            var bytes = Utf8NoBom.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }

        private static bool Overlaps(string target, string source)
        {
            static string WithSeparator(string path) => path.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? path : path + Path.DirectorySeparatorChar;
            var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return WithSeparator(target).StartsWith(WithSeparator(source), comparison) || WithSeparator(source).StartsWith(WithSeparator(target), comparison);
        }

        // True when the target exists (an empty directory or an earlier export) and will be replaced.
        private static bool CheckTarget(string target, string format)
        {
            var info = new FileInfo(target);
            if (IsLink(info))
            {
                throw new ArgumentException($"Cannot export into '{target}': it is a symbolic link, and exports are never written through one. Choose the directory itself or a new one.", nameof(target));
            }

            if (!info.Exists && !Directory.Exists(target))
            {
                return false;
            }

            if (!Directory.Exists(target))
            {
                throw new IOException($"Cannot export into '{target}': it is a file, not a directory.");
            }

            if (Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, MarkerName)))
            {
                throw new ArgumentException($"Cannot export into '{target}': the directory holds files that are not an earlier PolicyRef export, which replacing it would delete. Choose a new or empty directory.", nameof(target));
            }

            var marker = Path.Combine(target, MarkerName);
            if (File.Exists(marker) && !File.ReadAllText(marker).Contains("\nformat: " + format + "\n"))
            {
                throw new ArgumentException($"Cannot export {format} into '{target}': it holds an earlier export in another format, which replacing it would delete. Choose another directory.", nameof(target));
            }

            return true;
        }

        // A link, dangling or not, is seen as itself (not its target).
        private static bool IsLink(FileInfo info)
        {
#if NET
            return info.LinkTarget is not null;
#else
            var attributes = info.Attributes;
            return (int)attributes != -1 && (attributes & FileAttributes.ReparsePoint) != 0;
#endif
        }

        private static void Swap(string partial, string target, bool replacing)
        {
            if (!replacing)
            {
                Directory.Move(partial, target);
                return;
            }

            // Two renames: the old export moves aside, the new one takes its name, and only then is the old one removed.
            var old = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".replaced-" + Guid.NewGuid().ToString("N"));
            Directory.Move(target, old);
            try
            {
                Directory.Move(partial, target);
            }
            catch
            {
                Directory.Move(old, target);
                throw;
            }

            TryDelete(old);
        }

        private static void TryDelete(string directory)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, true);
                }
            }
            catch (IOException)
            {
                // Best effort: a partial directory is hidden and unmarked, so it never passes for an export.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
