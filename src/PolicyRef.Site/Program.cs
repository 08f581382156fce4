using System;
using System.Diagnostics;
using System.IO;
using PolicyRef;
using PolicyRef.Site;

// policyref-site [OUTPUT]: writes the reference pages of the documentation site from the shipped data
// (default docs/reference under the current folder) and prints what it wrote and how long it took.
var output = args.Length > 0 ? args[0] : Path.Combine("docs", "reference");
if (args.Length > 1 || output.StartsWith('-'))
{
    Console.Error.WriteLine("usage: dotnet run --project src/PolicyRef.Site -- [OUTPUT-FOLDER]   (default docs/reference)");
    return 2;
}

var clock = Stopwatch.StartNew();
var data = PolicyReference.Default;
var loaded = clock.Elapsed;
var summary = SiteGenerator.Generate(data, output);
clock.Stop();
Console.WriteLine($"{summary.Countries} country, {summary.Facilities} facility and {summary.Policies} policy pages, {summary.IndexPages} index pages, {summary.Files} files in {output} "
    + $"({clock.Elapsed.TotalMilliseconds:0} ms: {loaded.TotalMilliseconds:0} ms loading the data, {(clock.Elapsed - loaded).TotalMilliseconds:0} ms writing)");
return 0;
