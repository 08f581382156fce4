using System;
using System.IO;
#if NET
using Microsoft.Win32.SafeHandles;
#endif

namespace PolicyRef.Data
{
    /// <summary>
    /// Reads a data file only when it is a regular file, checked on the directory entry just before opening it and again on
    /// the opened handle, and reads at most <see cref="LineInfoJsonReader.MaxFileBytes"/> bytes whatever the file claims.
    /// </summary>
    /// <remarks>
    /// .NET 10 has no public file type for a path or a handle, so "regular" is told from what it does expose: a pipe, socket
    /// or device has a length of 0 in its directory entry (and opening a pipe for reading would wait for a writer, so such an
    /// entry is never opened); a link or directory carries its attribute. The opened handle must then have the length and
    /// write time the entry had, so a link, device or other file swapped in between the look and the open is refused rather
    /// than read. A pipe swapped in within that microsecond window would still be waited on: only an open with O_NONBLOCK,
    /// which .NET does not offer, would close it.
    /// </remarks>
    internal static class RegularFileReader
    {
        private const string NotRegular = "is empty or is not a regular file (a named pipe, socket or device); a data file must be a regular file holding JSON";

        /// <summary>The reason the entry seen by a directory scan (or just before opening) cannot be a data file, or null.</summary>
        public static string? RefusalOf(FileSystemInfo entry)
        {
            if (!entry.Exists)
            {
                return "the file no longer exists";
            }

            if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                return "the file is a symbolic link, which is not followed; put the file itself in the data directory";
            }

            if ((entry.Attributes & FileAttributes.Directory) != 0 || entry is not FileInfo file)
            {
                return "the file is a directory";
            }

            if (file.Length == 0)
            {
                return "the file " + NotRegular;
            }

            return file.Length > LineInfoJsonReader.MaxFileBytes
                ? $"the file is {file.Length:N0} bytes; data files may be at most {LineInfoJsonReader.MaxFileBytes:N0} bytes"
                : null;
        }

        /// <summary>
        /// The bytes of <paramref name="fullPath"/>, which the scan saw as <paramref name="scannedLength"/> bytes last written at
        /// <paramref name="scannedWrite"/>; an <see cref="IOException"/> saying why when it is not, or is no longer, that regular file.
        /// </summary>
        public static byte[] Read(string fullPath, long scannedLength, DateTime scannedWrite)
        {
            var entry = new FileInfo(fullPath);
            var refusal = RefusalOf(entry);
            if (refusal is not null)
            {
                throw new IOException(refusal);
            }

            if (entry.Length != scannedLength || entry.LastWriteTimeUtc != scannedWrite)
            {
                throw Changed();
            }

#if NET
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            CheckHandle(handle, scannedLength, scannedWrite);
            var content = new byte[scannedLength];
            var read = 0;
            while (read < content.Length)
            {
                var count = RandomAccess.Read(handle, content.AsSpan(read), read);
                if (count == 0)
                {
                    throw Changed();
                }

                read += count;
            }

            // A file that grew, or was rewritten, while it was read is not the file that was scanned.
            Span<byte> more = stackalloc byte[1];
            if (RandomAccess.Read(handle, more, read) != 0)
            {
                throw Changed();
            }

            CheckHandle(handle, scannedLength, scannedWrite);
            return content;
#else
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length != scannedLength)
            {
                throw Changed();
            }

            var content = new byte[scannedLength];
            var read = 0;
            while (read < content.Length)
            {
                var count = stream.Read(content, read, content.Length - read);
                if (count == 0)
                {
                    throw Changed();
                }

                read += count;
            }

            if (stream.ReadByte() >= 0)
            {
                throw Changed();
            }

            return content;
#endif
        }

#if NET
        private static void CheckHandle(SafeFileHandle handle, long scannedLength, DateTime scannedWrite)
        {
            if ((File.GetAttributes(handle) & FileAttributes.Directory) != 0)
            {
                throw new IOException("the file is a directory");
            }

            var length = RandomAccess.GetLength(handle);
            if (length == 0)
            {
                throw new IOException("the opened file " + NotRegular);
            }

            if (length != scannedLength || File.GetLastWriteTimeUtc(handle) != scannedWrite)
            {
                throw Changed();
            }
        }
#endif

        private static IOException Changed() =>
            new IOException("the file changed, or was replaced, after the data directory was scanned; load again when nothing is writing to it");
    }
}
