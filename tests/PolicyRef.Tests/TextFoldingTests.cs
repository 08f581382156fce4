using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PolicyRef.Internal;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>Search folds accents and case from a table of its own: the same answers with ICU and with invariant globalization.</summary>
    public class TextFoldingTests
    {
        [Fact]
        public void The_table_folds_every_latin_letter_to_the_base_letter_of_its_unicode_decomposition()
        {
            // This project runs with ICU, where Normalize decomposes; the table must agree with it letter by letter.
            Assert.Equal(2, "é".Normalize(NormalizationForm.FormD).Length);
            var letters = Enumerable.Range(0xC0, 0x250 - 0xC0).Concat(Enumerable.Range(0x1E00, 0x100)).Select(i => (char)i).Where(char.IsLetter);
            var checkedLetters = 0;
            foreach (var letter in letters)
            {
                var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
                var baseLetters = new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
                if (baseLetters.Length == 1 && baseLetters[0] < 0x80 && char.IsLetter(baseLetters[0]))
                {
                    Assert.True(TextFolding.Fold(letter.ToString()) == baseLetters.ToLowerInvariant(), $"U+{(int)letter:X4} {letter}");
                    checkedLetters++;
                }
            }

            Assert.True(checkedLetters > 400, checkedLetters.ToString(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("Régimen de Excepción", "regimen de excepcion")]
        [InlineData("Bastøy", "bastoy")]
        [InlineData("Tocorón", "tocoron")]
        [InlineData("Straße", "strasse")]
        [InlineData("Łódź", "lodz")]
        [InlineData("Re\u0301gimen", "regimen")]
        [InlineData("ĐẶNG", "dang")]
        [InlineData("ΑΘΗΝΑ", "αθηνα")]
        public void Folding_drops_accents_and_case(string text, string folded)
        {
            Assert.Equal(folded, TextFolding.Fold(text));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void The_tool_finds_regimen_and_megacarcel_with_invariant_globalization_on_and_off(bool invariant)
        {
            var directory = AppContext.BaseDirectory;
            var config = Path.Combine(Fixture.NewTempDirectory(), "policyref.runtimeconfig.json");
            File.WriteAllText(config, File.ReadAllText(Path.Combine(directory, "PolicyRef.Cli.runtimeconfig.json"))
                .Replace("\"System.Globalization.Invariant\": true", $"\"System.Globalization.Invariant\": {(invariant ? "true" : "false")}", StringComparison.Ordinal));
            Assert.Contains($"\"System.Globalization.Invariant\": {(invariant ? "true" : "false")}", File.ReadAllText(config));
            foreach (var (text, id) in new[] { ("regimen", "slv-state-of-exception-2022"), ("megacarcel", "cecot"), ("REGIMEN DE EXCEPCION", "slv-state-of-exception-2022") })
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var argument in new[] { "exec", "--runtimeconfig", config, Path.Combine(directory, "PolicyRef.Cli.dll"), "search", text })
                {
                    start.ArgumentList.Add(argument);
                }

                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEnd();
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"search {text}: {error}");
                Assert.Contains(id, output);
            }
        }
    }
}
