using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyRef.Data;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>
    /// Random damage to valid data files: the loader either loads the result or throws the one data exception, never
    /// anything else, and never hands back a half-loaded set.
    /// </summary>
    public class FuzzTests
    {
        private static readonly string[] Targets =
        {
            "facilities/AAA/alpha-max.json", "countries/AAA.json", "sources/fixture.json", "policies/AAA/aaa-emergency-2022.json",
            "metrics/wall-height.json", "standards/fixture-rules.json", "facilities/CCC/delta-camp.json",
        };

        private static readonly string[] Replacements = { "null", "true", "[]", "{}", "\"\"", "-1", "1e999", "\"x\"", "0.5", "\"2023-02-30\"", "NaN", "'", "\\u0000", "{\"$type\":\"System.Object\"}" };

        [Property(MaxTest = 400)]
        public Property Damaged_files_load_or_fail_with_the_data_exception_only(int seed, PositiveInt which, byte operation)
        {
            var random = new Random(seed);
            var path = Targets[which.Get % Targets.Length];
            var text = Fixture.Text(path);
            var damaged = Damage(text, operation % 7, random);
            var outcome = Record.Exception(() => Fixture.LoadWith(path, Encoding.UTF8.GetBytes(damaged)));
            return (outcome is null || (outcome is PolicyDataException data && data.Problems.Length > 0 && data.Problems.All(p => p.Message.Length > 0)))
                .Label($"{path} op {operation % 7}: {outcome?.GetType().Name}: {outcome?.Message}");
        }

        [Property(MaxTest = 200)]
        public Property Random_bytes_fail_with_the_data_exception_only(byte[] bytes)
        {
            var outcome = Record.Exception(() => Fixture.LoadWith("sources/random.json", bytes ?? Array.Empty<byte>()));
            return (outcome is null || outcome is PolicyDataException).Label(outcome?.ToString() ?? "loaded");
        }

        private static string Damage(string text, int operation, Random random)
        {
            var lines = text.Split('\n').ToList();
            switch (operation)
            {
                case 0: // delete a span of characters
                    var start = random.Next(text.Length);
                    return text.Remove(start, Math.Min(text.Length - start, 1 + random.Next(40)));
                case 1: // duplicate a line
                    var copy = random.Next(lines.Count);
                    lines.Insert(copy, lines[copy]);
                    return string.Join("\n", lines);
                case 2: // swap two lines
                    int a = random.Next(lines.Count), b = random.Next(lines.Count);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    return string.Join("\n", lines);
                case 3: // replace a value with one of another type
                    var colon = Enumerable.Range(0, text.Length).Where(i => text[i] == ':').ToList();
                    if (colon.Count == 0)
                    {
                        return text;
                    }

                    var at = colon[random.Next(colon.Count)] + 1;
                    var end = text.IndexOfAny(new[] { ',', '}', '\n' }, at);
                    return text.Substring(0, at) + " " + Replacements[random.Next(Replacements.Length)] + (end < 0 ? string.Empty : text.Substring(end));
                case 4: // truncate
                    return text.Substring(0, random.Next(text.Length));
                case 5: // insert a random character
                    return text.Insert(random.Next(text.Length), ((char)random.Next(0, 0x250)).ToString());
                default: // delete a line
                    lines.RemoveAt(random.Next(lines.Count));
                    return string.Join("\n", lines);
            }
        }
    }
}
