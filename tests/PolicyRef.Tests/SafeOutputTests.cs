using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PolicyRef.Cli;
using PolicyRef.Data;
using PolicyRef.Export;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>Outputs that data cannot subvert: terminal text, CSV cells a spreadsheet would run, BibTeX entries.</summary>
    public class SafeOutputTests
    {
        private const string Escape = "\u001b";

        [Fact]
        public void Control_and_bidirectional_characters_are_shown_not_obeyed()
        {
            Assert.Equal("a<U+001B>[2Jb<U+000A>c<U+202E>d<U+009B>e", VisibleText.Escape("a\u001b[2Jb\nc\u202ed\u009be"));
            Assert.Equal("lone <U+D800> pair \U0001F600", VisibleText.Escape("lone \ud800 pair \U0001F600"));
            Assert.Equal("El Salvador — CECOT", VisibleText.Escape("El Salvador — CECOT"));
        }

        [Property]
        public Property Visible_text_has_no_unsafe_character_and_keeps_safe_text(string text)
        {
            var visible = VisibleText.Escape(text);
            var clean = !visible.Any(VisibleText.IsUnsafe) && !HasLoneSurrogate(visible);
            var kept = text is null || text.Any(c => VisibleText.IsUnsafe(c) || char.IsSurrogate(c)) || visible == text;
            return (clean && kept).ToProperty();
        }

        [Fact]
        public void A_problem_line_cannot_be_forged_by_a_file_name_or_a_value()
        {
            var problem = new DataProblem(DataProblemKind.InvalidFile, "countries/X\nfake.json:1:1: ok" + Escape + "]52;c;aGk=\u0007.json", 3, 4, "claims[0]", "'x\u001b[2J' is not a number");
            var line = problem.ToString();
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain(Escape, line, StringComparison.Ordinal);
            Assert.Contains("<U+001B>]52;c;aGk=<U+0007>", line);
        }

        [Fact]
        public void The_tool_prints_no_escape_sequence_from_an_argument_or_a_file_name()
        {
            var (code, output, error) = Run("show", Escape + "]52;c;aGk=\u0007" + Escape + "[2J");
            Assert.Equal(1, code);
            Assert.DoesNotContain(Escape, output + error, StringComparison.Ordinal);
            Assert.DoesNotContain("\u0007", output + error, StringComparison.Ordinal);
            Assert.Contains("<U+001B>]52;c;aGk=<U+0007>", error);

            var directory = Fixture.NewTempDirectory();
            Fixture.CopyTo(directory);
            File.WriteAllText(Path.Combine(directory, "countries", "ZZ" + Escape + "[2J.json"), "{}");
            (code, output, error) = Run("validate", "--alone", directory);
            Assert.Equal(3, code);
            Assert.DoesNotContain(Escape, output + error, StringComparison.Ordinal);
            Assert.Contains("ZZ<U+001B>[2J.json", error);
        }

        [Fact]
        public void Text_tables_show_a_line_break_in_a_cell_instead_of_starting_a_line()
        {
            var table = Internal.TextTable.Render(new[] { "name", "value" }, new[] { new[] { "forged\nline", "1" + Escape + "[1A" } });
            Assert.Equal(3, table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Contains("forged<U+000A>line", table);
            Assert.DoesNotContain(Escape, table, StringComparison.Ordinal);
        }

        [Fact]
        public void A_note_that_is_a_formula_is_exported_as_text()
        {
            var text = Fixture.Text("countries/AAA.json");
            var at = text.IndexOf("\"source\"", StringComparison.Ordinal);
            var reference = Fixture.LoadWith("countries/AAA.json", text.Insert(at, "\"note\": \"=HYPERLINK(\\\"http://evil.example/\\\",\\\"x\\\")\", "));
            var directory = Path.Combine(Fixture.NewTempDirectory(), "out");
            CsvExport.Write(reference, directory);
            var rows = CsvReader.Parse(File.ReadAllText(Path.Combine(directory, "observations.csv")));
            var cell = Assert.Single(rows, r => r[7].Contains("HYPERLINK", StringComparison.Ordinal))[7];
            Assert.Equal("'=HYPERLINK(\"http://evil.example/\",\"x\")", cell);
        }

        [Theory]
        [InlineData("=1+1", "'=1+1")]
        [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
        [InlineData("-2+3", "'-2+3")]
        [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
        [InlineData("\t=1", "'\t=1")]
        [InlineData("-12.5", "-12.5")]
        [InlineData("-0", "-0")]
        [InlineData("2023-05", "2023-05")]
        [InlineData("a, b", "\"a, b\"")]
        [InlineData("=a,\"b\"", "\"'=a,\"\"b\"\"\"")]
        public void Formula_cells_are_neutralised_and_numbers_kept(string field, string written) =>
            Assert.Equal(written, CsvExport.EscapeField(field));

        [Property(MaxTest = 500)]
        public Property A_csv_field_reads_back_as_written_and_never_starts_a_formula(NonNull<string> text)
        {
            var field = text.Get;
            var written = CsvExport.EscapeField(field);
            var read = field.Length == 0 ? string.Empty : Assert.Single(Assert.Single(CsvReader.Parse(written + "\n")));
            var startsFormula = read.Length > 0 && "=+-@\t\r".IndexOf(read[0], StringComparison.Ordinal) >= 0 && !System.Text.RegularExpressions.Regex.IsMatch(read, "^-[0-9]+(\\.[0-9]+)?$");
            var original = read.StartsWith('\'') && !field.StartsWith('\'') ? read[1..] : read;
            return (!startsFormula && original == field).Label($"{written}");
        }

        [Fact]
        public void A_url_cannot_close_its_entry_or_add_another()
        {
            var hostile = new Source("real-source", "Publisher", "Title } with a lone brace", "https://example.org/x}}@misc{fake,title={Fake}}%", new LocalDate(2024, 3, 1), new LocalDate(2026, 11, 25), SourceKind.Press, "en", null, null);
            var entry = Assert.Single(BibTexReader.Parse(Citations.ToBibTex(new[] { hostile })));
            Assert.Equal("real-source", entry.Key);
            Assert.Equal("Title } with a lone brace", BibTexReader.Decode(entry.Fields["title"]));
            Assert.Equal(new[] { "author", "date", "howpublished", "langid", "month", "note", "title", "url", "urldate", "year" }, entry.Fields.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal("2024", entry.Fields["year"]);
            Assert.DoesNotContain("{", entry.Fields["url"], StringComparison.Ordinal);
        }

        [Property(MaxTest = 500)]
        public Property Any_text_in_gives_one_well_formed_entry_out(NonNull<string> id, NonNull<string> publisher, NonNull<string> title, string? url, string? via, string? language, bool published)
        {
            var source = new Source(id.Get, publisher.Get, title.Get, url, published ? new LocalDate(2020, 2, 29) : null, new LocalDate(2026, 11, 25), SourceKind.Research, language, via, null);
            var bib = Citations.ToBibTex(new[] { source, source });
            var entries = BibTexReader.Parse(bib);
            var entry = entries[0];
            var expected = new[] { "author", "title", "urldate", "note" }.Concat(published ? new[] { "year", "month", "date" } : Array.Empty<string>()).Concat(url is null ? Array.Empty<string>() : new[] { "url", "howpublished" }).Concat(language is null ? Array.Empty<string>() : new[] { "langid" });
            return (entries.Count == 2
                    && entries.All(e => e.Type == "misc" && e.Key == entry.Key)
                    && entry.Fields.Keys.OrderBy(k => k, StringComparer.Ordinal).SequenceEqual(expected.OrderBy(k => k, StringComparer.Ordinal))
                    && BibTexReader.Decode(entry.Fields["title"]) == VisibleText.Escape(title.Get)
                    && BibTexReader.Decode(entry.Fields["author"]) == VisibleText.Escape(publisher.Get)
                    && (url is null || !entry.Fields["url"].Any(c => c == '{' || c == '}' || char.IsWhiteSpace(c) || char.IsControl(c))))
                .Label(bib);
        }

        private static bool HasLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static (int Code, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = Program.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
    }
}
