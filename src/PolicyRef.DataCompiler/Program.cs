using System;
using System.Collections.Generic;
using System.IO;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Data.Snapshot;

namespace PolicyRef.DataCompiler
{
    /// <summary>
    /// Usage: <c>PolicyRef.DataCompiler &lt;data directory&gt; &lt;snapshot file&gt; &lt;archive file&gt;</c>: the snapshot the
    /// library decodes (with its checksum beside it, as &lt;snapshot file&gt;.check), and the archive of the very files it was
    /// compiled from, which the library carries beside it.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length != 3)
            {
                Console.Error.WriteLine("usage: PolicyRef.DataCompiler <data directory> <snapshot file> <archive file>");
                return 2;
            }

            var root = Path.GetFullPath(args[0]);
            var problems = new List<DataProblem>();
            var files = DataFiles.FromDirectory(root, problems);
            PolicyReference set;
            try
            {
                var today = PolicyReference.Today(SystemClock.Instance);
                set = DataSetLoader.Load(files, problems, null, today, "unversioned");
            }
            catch (PolicyDataException e)
            {
                // MSBuild's canonical error format, so that each problem shows as a build error at its file and line.
                foreach (var problem in e.Problems)
                {
                    var where = problem.Line > 0 ? $"({problem.Line},{Math.Max(problem.Column, 1)})" : string.Empty;
                    var path = problem.JsonPath.Length > 0 ? problem.JsonPath + ": " : string.Empty;
                    Console.Error.WriteLine($"{Path.Combine(root, problem.File)}{where}: error PRD001: {path}{problem.Message}");
                }

                return 1;
            }

            var bytes = SnapshotWriter.Write(set);
            var output = Path.GetFullPath(args[1]);
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllBytes(output, bytes);
            File.WriteAllText(output + ".check", SnapshotChecksum.Of(bytes));
            var archive = DataArchive.Write(files);
            var archivePath = Path.GetFullPath(args[2]);
            Directory.CreateDirectory(Path.GetDirectoryName(archivePath)!);
            File.WriteAllBytes(archivePath, archive);
            Console.WriteLine($"PolicyRef data {set.DataVersion}: {set.Countries.Length} countries, {set.Facilities.Length} facilities, {set.Policies.Length} policies, {set.Sources.Length} sources -> {output} ({bytes.Length:N0} bytes), {files.Count} files -> {archivePath} ({archive.Length:N0} bytes)");
            return 0;
        }
    }
}
