using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PolicyRef.Data;

namespace PolicyRef.Benchmarks
{
    /// <summary>Writes a valid synthetic data set (it loads with <c>PolicyReference.LoadDirectory</c> alone).</summary>
    public static class Synthetic
    {
        private static readonly string[] SourceKinds = { "official-statistics", "intergovernmental", "ngo", "research", "press", "government" };
        private const int SourcesPerKind = 25;

        /// <summary>The directory of the data set at a scale, generated on first use and reused after.</summary>
        public static string Ensure(int scale)
        {
            var directory = Path.Combine(Path.GetTempPath(), "policyref-synthetic", scale + "x");
            if (!File.Exists(Path.Combine(directory, ".complete")))
            {
                Write(directory, SyntheticShape.ForScale(scale), scale + "x");
            }

            return directory;
        }

        /// <summary>The country code of the i-th synthetic country: AAA … ZZZ, then sub-national ids such as AAA-1A.</summary>
        public static string CountryCode(int i)
        {
            var letters = new string(new[] { (char)('A' + (i / 676 % 26)), (char)('A' + (i / 26 % 26)), (char)('A' + (i % 26)) });
            var block = i / 17576;
            return block == 0 ? letters : letters + "-" + ToBase36(block);
        }

        public static string FacilityId(int i) => "fac-" + i.ToString("D6", CultureInfo.InvariantCulture);

        public static string PolicyId(int i) => "pol-" + i.ToString("D6", CultureInfo.InvariantCulture);

        public static void Write(string directory, SyntheticShape shape, string label)
        {
            if (shape.Metrics > SyntheticShape.CountryMetrics.Length || shape.Sources > SourceKinds.Length)
            {
                throw new ArgumentException($"at most {SyntheticShape.CountryMetrics.Length} metrics and {SourceKinds.Length} sources");
            }

            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, true);
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "VERSION"), "synthetic-" + label + "\n");

            // The shipped metric definitions, sources and standards, so that every id the claims cite exists.
            foreach (var file in DataFiles.FromEmbedded(typeof(PolicyReference).Assembly).Where(f => f.Path.StartsWith("metrics/", StringComparison.Ordinal) || f.Path.StartsWith("sources/", StringComparison.Ordinal) || f.Path.StartsWith("standards/", StringComparison.Ordinal)))
            {
                var path = Path.Combine(directory, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            WriteSources(directory);
            for (var i = 0; i < shape.Countries; i++)
            {
                WriteCountry(directory, shape, i);
            }

            for (var i = 0; i < shape.Facilities; i++)
            {
                WriteFacility(directory, shape, i);
            }

            for (var i = 0; i < shape.Policies; i++)
            {
                WritePolicy(directory, shape, i);
            }

            File.WriteAllText(Path.Combine(directory, ".complete"), shape + "\n");
        }

        private static string SourceId(int kind, int n) => $"syn-{SourceKinds[kind]}-{n:D2}";

        private static void WriteSources(string directory)
        {
            var text = new StringBuilder("{\n  \"sources\": [\n");
            var first = true;
            for (var k = 0; k < SourceKinds.Length; k++)
            {
                for (var n = 0; n < SourcesPerKind; n++)
                {
                    text.Append(first ? string.Empty : ",\n");
                    first = false;
                    text.Append($"    {{ \"id\": \"{SourceId(k, n)}\", \"publisher\": \"Synthetic {SourceKinds[k]} publisher {n}\", \"title\": \"Synthetic figures for benchmarks, series {n}\", \"url\": \"https://example.org/synthetic/{k}/{n}\", \"published\": \"2024-{1 + (n % 12):D2}-15\", \"accessed\": \"2025-01-{1 + n:D2}\", \"kind\": \"{SourceKinds[k]}\", \"language\": \"en\" }}");
                }
            }

            text.Append("\n  ]\n}\n");
            Directory.CreateDirectory(Path.Combine(directory, "sources"));
            File.WriteAllText(Path.Combine(directory, "sources", "synthetic.json"), text.ToString());
        }

        private static string Number(double value, bool integer) =>
            integer ? Math.Round(value).ToString("0", CultureInfo.InvariantCulture) : Math.Round(value, 1).ToString("0.0##", CultureInfo.InvariantCulture);

        private static void WriteCountry(string directory, SyntheticShape shape, int i)
        {
            var code = CountryCode(i);
            var random = new Random(i);
            var region = i % 20;
            var text = new StringBuilder(shape.Years * shape.Metrics * shape.Sources * 260);
            text.Append("{\n");
            text.Append($"  \"id\": \"{code}\",\n  \"name\": \"Synthetic country {i}\",\n  \"m49\": \"{i % 1000:D3}\",\n  \"region\": \"Synthetic region {region}\",\n  \"regionCode\": \"{900 + region:D3}\",\n  \"claims\": [\n");
            var first = true;
            for (var m = 0; m < shape.Metrics; m++)
            {
                var (metric, unit, low, high) = SyntheticShape.CountryMetrics[m];
                var integer = unit == "count";
                var level = low + (random.NextDouble() * (high - low));
                for (var y = 0; y < shape.Years; y++)
                {
                    level = Math.Clamp(level * (0.93 + (random.NextDouble() * 0.14)), low, high);
                    var year = SyntheticShape.FirstYear + y;
                    for (var s = 0; s < shape.Sources; s++)
                    {
                        // Most sources agree within tolerance; about one figure in ten differs by several per cent.
                        var value = s == 0 ? level : level * (random.NextDouble() < 0.1 ? 1.08 : 1.0);
                        var source = SourceId(s, (i + y) % SourcesPerKind);
                        text.Append(first ? string.Empty : ",\n");
                        first = false;
                        text.Append($"    {{ \"metric\": \"{metric}\", \"value\": {Number(value, integer)}, \"unit\": \"{unit}\", \"period\": \"{year}\", \"source\": \"{source}\", \"note\": \"Synthetic figure for country {i}, {metric}, {year}, from {SourceKinds[s]} source {s}; generated for benchmarks.\"");
                        if (s > 0 && y % 7 == 3)
                        {
                            text.Append(", \"flags\": [\"estimate\"]");
                        }

                        text.Append(" }");
                    }
                }
            }

            text.Append("\n  ]\n}\n");
            File.WriteAllText(Path.Combine(directory, "countries", code + ".json").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)), text.ToString());
        }

        private static void WriteFacility(string directory, SyntheticShape shape, int i)
        {
            var id = FacilityId(i);
            var country = CountryCode(i * 5 % shape.Countries);
            var random = new Random(1_000_000 + i);
            var capacity = 200 + random.Next(20000);
            var lines = new[]
            {
                Claim("wall-height", Number(4 + random.Next(8), true), "m", "2023", SourceId(2, i % SourcesPerKind), null),
                Claim("wall-height", Number(4 + random.Next(8), true), "m", "2024-05", SourceId(4, i % SourcesPerKind), null),
                Claim("design-capacity", Number(capacity, true), "count", "2022", SourceId(5, i % SourcesPerKind), null),
                Claim("design-capacity", Number(capacity * 1.2, true), "count", "2024", SourceId(4, (i + 1) % SourcesPerKind), null),
                Claim("cell-area", Number(6 + random.Next(90), true), "m2", "2023", SourceId(3, i % SourcesPerKind), null),
                Claim("inmates-per-cell", Number(1 + random.Next(60), true), "count", "2024-03", SourceId(2, i % SourcesPerKind), null),
                Claim("cell-confinement-hours", Number(12 + random.Next(12), true), "h/day", "2024-03", SourceId(2, i % SourcesPerKind), null),
                Claim("bedding", "\"" + new[] { "bare-bunk", "mattress", "bed" }[random.Next(3)] + "\"", "category", "2024-03", SourceId(2, i % SourcesPerKind), null),
                Claim("outdoor-exercise", "\"" + new[] { "none", "limited", "daily", "open" }[random.Next(4)] + "\"", "category", "2024-03", SourceId(2, i % SourcesPerKind), null),
                Claim("lighting", "\"" + new[] { "continuous", "day-night" }[random.Next(2)] + "\"", "category", "2024-03", SourceId(4, i % SourcesPerKind), null),
                Claim("family-visits", "\"" + new[] { "none", "restricted", "regular", "extended" }[random.Next(4)] + "\"", "category", "2024-03", SourceId(2, i % SourcesPerKind), null),
                Claim("opened", $"\"{2000 + random.Next(24)}-0{1 + random.Next(9)}-1{random.Next(9)}\"", "date", "2024", SourceId(5, i % SourcesPerKind), null),
            };
            var text = $"{{\n  \"id\": \"{id}\",\n  \"name\": \"Synthetic facility {i}\",\n  \"aliases\": [ {{ \"name\": \"SF{i}\", \"kind\": \"acronym\" }} ],\n  \"country\": \"{country}\",\n  \"locality\": \"Town {i}\",\n  \"sources\": [ \"{SourceId(5, i % SourcesPerKind)}\" ],\n  \"claims\": [\n{string.Join(",\n", lines)}\n  ]\n}}\n";
            var path = Path.Combine(directory, "facilities", country, id + ".json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        private static void WritePolicy(string directory, SyntheticShape shape, int i)
        {
            var id = PolicyId(i);
            var country = CountryCode(i * 10 % shape.Countries);
            var start = 2005 + (i % 15);
            var lines = Enumerable.Range(0, SyntheticShape.ClaimsPerPolicy)
                .Select(k => Claim(k % 2 == 0 ? "arrests-total" : "prisoners-held-under-policy", Number(1000 + (i * 37 % 5000) + (k * 250), true), "count", (start + (k / 2)).ToString(CultureInfo.InvariantCulture), SourceId(5, (i + k) % SourcesPerKind), "Synthetic count under the policy."))
                .ToList();
            var text = $"{{\n  \"id\": \"{id}\",\n  \"country\": \"{country}\",\n  \"name\": \"Synthetic policy {i}\",\n  \"kind\": \"legislation\",\n  \"start\": \"{start}-03-27\",\n  \"end\": null,\n  \"summary\": \"A synthetic policy for benchmarks.\",\n  \"sources\": [ \"{SourceId(5, i % SourcesPerKind)}\" ],\n  \"events\": [ {{ \"date\": \"{start}-03-27\", \"kind\": \"declaration\", \"description\": \"Declared.\", \"source\": \"{SourceId(5, i % SourcesPerKind)}\" }} ],\n  \"claims\": [\n{string.Join(",\n", lines)}\n  ]\n}}\n";
            var path = Path.Combine(directory, "policies", country, id + ".json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        private static string Claim(string metric, string value, string unit, string period, string source, string? note) =>
            $"    {{ \"metric\": \"{metric}\", \"value\": {value}, \"unit\": \"{unit}\", \"period\": \"{period}\", \"source\": \"{source}\"{(note is null ? string.Empty : $", \"note\": \"{note}\"")} }}";

        private static string ToBase36(int n)
        {
            const string digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            var text = string.Empty;
            do
            {
                text = digits[n % 36] + text;
                n /= 36;
            }
            while (n > 0);
            return text;
        }

        private static T Also<T>(this T value, Action<T> action)
        {
            action(value);
            return value;
        }
    }
}
