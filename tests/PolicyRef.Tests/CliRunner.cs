using System.IO;
using PolicyRef.Cli;

namespace PolicyRef.Tests
{
    /// <summary>Runs the policyref command in-process and captures what it printed.</summary>
    internal static class CliRunner
    {
        public static (int Code, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = Program.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
    }
}
