using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PolicyRef.Data
{
    /// <summary>Gathers the files of a data set from the assembly's embedded resources or from a directory.</summary>
    internal static class DataFiles
    {
        /// <summary>How the data manifest names a data file: this prefix, then the file's path.</summary>
        public const string ResourcePrefix = "PolicyRef.Data/";

        /// <summary>The data files the assembly carries (its <see cref="DataArchive"/>), in path order; none when it carries no archive.</summary>
        /// <exception cref="PolicyDataException">The archive is damaged.</exception>
        public static IReadOnlyList<DataFile> FromEmbedded(Assembly assembly)
        {
            var stream = assembly.GetManifestResourceStream(DataArchive.ResourceName);
            return stream is null ? Array.Empty<DataFile>() : DataArchive.Read(stream, DataArchive.ResourceName);
        }

        /// <summary>A resource's bytes in one copy (resource streams know their length).</summary>
        internal static byte[] ReadAll(Stream stream)
        {
            var content = new byte[stream.Length];
            var read = 0;
            while (read < content.Length)
            {
                var count = stream.Read(content, read, content.Length - read);
                if (count == 0)
                {
                    throw new EndOfStreamException();
                }

                read += count;
            }

            return content;
        }

        /// <summary>
        /// Reads the .json files and VERSION under <paramref name="root"/>. Symbolic links are not
        /// followed, so nothing outside the directory is read and a link loop cannot hang the load.
        /// </summary>
        public static IReadOnlyList<DataFile> FromDirectory(string root, List<DataProblem> problems)
        {
            var files = new List<DataFile>();
            if (!Directory.Exists(root))
            {
                problems.Add(new DataProblem(DataProblemKind.InvalidFile, root, 0, 0, string.Empty, "the data directory does not exist"));
                return files;
            }

            var rootInfo = new DirectoryInfo(root);
            var pending = new Stack<(DirectoryInfo Directory, string Relative)>();
            pending.Push((rootInfo, string.Empty));
            while (pending.Count > 0)
            {
                var (directory, relative) = pending.Pop();
                foreach (var entry in directory.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
                {
                    var path = relative + entry.Name;
                    if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                    {
                        problems.Add(new DataProblem(DataProblemKind.InvalidFile, path, 0, 0, string.Empty, "symbolic links are not followed; put the file itself in the data directory"));
                        continue;
                    }

                    if (entry is DirectoryInfo sub)
                    {
                        if (relative.Length == 0 && sub.Name == "schema")
                        {
                            continue;
                        }

                        pending.Push((sub, path + "/"));
                    }
                    else if (entry is FileInfo file && (file.Extension == ".json" || path == "VERSION"))
                    {
                        var refusal = RegularFileReader.RefusalOf(file);
                        if (refusal is not null)
                        {
                            problems.Add(new DataProblem(DataProblemKind.InvalidFile, path, 0, 0, string.Empty, refusal));
                            continue;
                        }

                        files.Add(DataFile.FromScan(path, file));
                    }
                }
            }

            return files;
        }
    }
}
