using System;
using System.Diagnostics;
using System.IO;

namespace PolicyRef.Cli.AotTests
{
    /// <summary>The tool published twice from this repository: compiled ahead of time, and framework-dependent (JIT).</summary>
    public sealed class PublishedTools : IDisposable
    {
        public PublishedTools()
        {
            Repository = FindRepository();
            Root = Path.Combine(Path.GetTempPath(), "policyref-aot-" + Guid.NewGuid().ToString("N"));
            var project = Path.Combine(Repository, "src", "PolicyRef.Cli", "PolicyRef.Cli.csproj");
            Publish($"publish \"{project}\" -c Release -r linux-x64 -p:PolicyRefAot=true -o \"{Path.Combine(Root, "aot")}\"");
            Publish($"publish \"{project}\" -c Release -o \"{Path.Combine(Root, "jit")}\"");
            AheadOfTime = Path.Combine(Root, "aot", "PolicyRef.Cli");
            JustInTime = Path.Combine(Root, "jit", "PolicyRef.Cli.dll");
        }

        public string Repository { get; }

        public string Root { get; }

        /// <summary>The native executable.</summary>
        public string AheadOfTime { get; }

        /// <summary>The managed assembly, run with <c>dotnet</c>.</summary>
        public string JustInTime { get; }

        public static (int ExitCode, string Output, string Error) Run(string fileName, string arguments, string workingDirectory)
        {
            var start = new ProcessStartInfo(fileName, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(600_000))
            {
                process.Kill(true);
                throw new TimeoutException($"{fileName} {arguments} did not finish in 10 minutes");
            }

            return (process.ExitCode, output.Result, error.Result);
        }

        public void Dispose()
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, true);
            }
        }

        private void Publish(string arguments)
        {
            var (exitCode, output, error) = Run("dotnet", arguments, Repository);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet {arguments} failed ({exitCode}):\n{output}\n{error}");
            }
        }

        private static string FindRepository()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PolicyRef.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("PolicyRef.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
