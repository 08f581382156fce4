using System;
using System.IO;
using System.Linq;
using Xunit;

namespace PolicyRef.Cli.AotTests
{
    /// <summary>Every command answers the same, byte for byte and with the same exit code, from both builds of the tool.</summary>
    public class AheadOfTimeToolTests : IClassFixture<PublishedTools>
    {
        private readonly PublishedTools tools;

        public AheadOfTimeToolTests(PublishedTools tools)
        {
            this.tools = tools;
        }

        [Theory]
        [InlineData("compare cecot adx-florence halden")]
        [InlineData("compare cecot halden --format json")]
        [InlineData("rank prison-population-rate --as-of 2024-12-31 --top 10")]
        [InlineData("rank homicide-rate --as-of 2023-12-31 --region 013 --format csv")]
        [InlineData("series SLV homicide-rate HND GTM --format markdown")]
        [InlineData("impact slv-state-of-exception-2022 homicide-rate --vs HND,GTM")]
        [InlineData("impact slv-state-of-exception-2022 homicide-rate --method synthetic")]
        [InlineData("conflicts --subject cecot")]
        [InlineData("assess cecot")]
        [InlineData("show cecot")]
        [InlineData("search mariona")]
        [InlineData("cite cecot --format bibtex")]
        [InlineData("sources --kind documentary")]
        [InlineData("coverage")]
        [InlineData("version")]
        [InlineData("compare cecot no-such-prison")]
        [InlineData("rank --as-of yesterday")]
        public void A_command_answers_the_same_from_both_builds(string arguments)
        {
            var jit = PublishedTools.Run("dotnet", $"\"{tools.JustInTime}\" {arguments}", tools.Root);
            var aot = PublishedTools.Run(tools.AheadOfTime, arguments, tools.Root);
            Assert.Equal(jit.ExitCode, aot.ExitCode);
            Assert.Equal(jit.Output, aot.Output);
            Assert.Equal(jit.Error, aot.Error);
            Assert.True(jit.Output.Length + jit.Error.Length > 0, "the command printed nothing");
        }

        [Theory]
        [InlineData("export --format csv", "csv")]
        [InlineData("export --format json", "json")]
        [InlineData("export --format parquet", "parquet")]
        [InlineData("export --format bibtex", "bibtex")]
        [InlineData("export --format csl-json", "csl-json")]
        [InlineData("chart series SLV homicide-rate HND GTM --out", "chart.svg")]
        [InlineData("chart series SLV homicide-rate --by-publisher --out", "chart.png")]
        [InlineData("chart rank prison-population-rate --out", "chart.svg")]
        [InlineData("chart rank prison-population-rate --out", "chart.png")]
        [InlineData("chart compare cecot adx-florence halden --out", "chart.svg")]
        [InlineData("chart compare cecot adx-florence halden --out", "chart.png")]
        [InlineData("chart impact hnd-state-of-exception-2022 homicide-rate --out", "chart.svg")]
        [InlineData("chart impact hnd-state-of-exception-2022 homicide-rate --out", "chart.png")]
        public void Files_written_by_both_builds_are_identical(string command, string target)
        {
            var jitTarget = Path.Combine(tools.Root, "out-jit", target);
            var aotTarget = Path.Combine(tools.Root, "out-aot", target);
            var jit = PublishedTools.Run("dotnet", $"\"{tools.JustInTime}\" {command} {Quote(command, jitTarget)}", tools.Root);
            var aot = PublishedTools.Run(tools.AheadOfTime, $"{command} {Quote(command, aotTarget)}", tools.Root);
            Assert.True(jit.ExitCode == 0, jit.Error);
            Assert.True(aot.ExitCode == 0, aot.Error);
            var jitFiles = Files(jitTarget);
            var aotFiles = Files(aotTarget);
            Assert.NotEmpty(jitFiles);
            Assert.Equal(jitFiles.Select(f => f.Name), aotFiles.Select(f => f.Name));
            foreach (var (a, b) in jitFiles.Zip(aotFiles))
            {
                Assert.True(File.ReadAllBytes(a.Path).AsSpan().SequenceEqual(File.ReadAllBytes(b.Path)), a.Name);
            }
        }

        [Fact]
        public void The_native_tool_carries_neither_symbols_nor_docs_nor_the_data_as_loose_JSON()
        {
            var shipped = Directory.GetFiles(Path.GetDirectoryName(tools.AheadOfTime)!, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
            Assert.Contains("PolicyRef.Cli", shipped);
            Assert.DoesNotContain(shipped, f => f!.EndsWith(".pdb", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal));

            // The data files are inside the executable once, in the archive: no file's JSON is embedded on its own.
            var executable = File.ReadAllBytes(tools.AheadOfTime);
            Assert.True(executable.AsSpan().IndexOf("PolicyRef.Data.zip"u8) >= 0, "the data archive is not in the executable");
            Assert.True(executable.AsSpan().IndexOf("\"claims\": ["u8) < 0, "uncompressed data JSON is embedded in the executable");
        }

        [Fact]
        public void A_panel_estimate_as_JSON_is_the_same_from_both_builds()
        {
            // JSON written token by token, the way the tool writes all of it: the serializer the native tool leaves out is never needed.
            var panel = Path.Combine(tools.Repository, "tests", "PolicyRef.Tests", "Fixtures", "prop99", "california_prop99.csv");
            var arguments = $"estimate --panel \"{panel}\" --unit State --time Year --outcome PacksPerCapita --treated California --start 1989 --method did --format json";
            var jit = PublishedTools.Run("dotnet", $"\"{tools.JustInTime}\" {arguments}", tools.Root);
            var aot = PublishedTools.Run(tools.AheadOfTime, arguments, tools.Root);
            Assert.True(jit.ExitCode == 0, jit.Error);
            Assert.Equal(jit.Output, aot.Output);
            Assert.Equal(jit.Error, aot.Error);
            Assert.StartsWith("{", jit.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void The_native_tool_leaves_out_what_it_never_runs()
        {
            // HarfBuzz: no chart the tool draws shapes text (every chart kind is rendered by both builds above).
            var shipped = Directory.GetFiles(Path.GetDirectoryName(tools.AheadOfTime)!, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
            Assert.Contains("libSkiaSharp.so", shipped);
            Assert.DoesNotContain("libHarfBuzzSharp.so", shipped);

            // Newtonsoft.Json's serializer, and the XML, DataSet and HTTP code it would bring (NewtonsoftSerializer.Substitutions.xml).
            var executable = File.ReadAllBytes(tools.AheadOfTime);
            foreach (var name in new[] { "JsonSerializerInternalReader", "XmlNodeConverter", "DataSetConverter", "HttpClient" })
            {
                Assert.True(executable.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(name)) < 0, name + " is compiled into the native tool");
            }
        }

        private static string Quote(string command, string target) => command.StartsWith("export", StringComparison.Ordinal) ? $"--out \"{target}\"" : $"\"{target}\"";

        private static (string Name, string Path)[] Files(string target) =>
            File.Exists(target)
                ? new[] { (Path.GetFileName(target), target) }
                : Directory.GetFiles(target, "*", SearchOption.AllDirectories).Select(f => (Path.GetRelativePath(target, f), f)).OrderBy(f => f.Item1, StringComparer.Ordinal).ToArray();
    }
}
