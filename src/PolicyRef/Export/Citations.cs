using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using PolicyRef.Model;

using PolicyRef.Internal;

namespace PolicyRef.Export
{
    /// <summary>Citations of sources: the sources behind an entity, and BibTeX, CSL-JSON and plain-text renderings.</summary>
    public static class Citations
    {
        /// <summary>Every source behind a country, facility or policy: its claims, and its name, events and provisions.</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="subject">The entity.</param>
        /// <returns>The sources, in id order.</returns>
        public static ImmutableArray<Source> SourcesOf(PolicyReference reference, IClaimSubject subject)
        {
            if (reference is null || subject is null)
            {
                throw new ArgumentNullException(reference is null ? nameof(reference) : nameof(subject));
            }

            var ids = subject.Claims.Select(c => c.SourceId);
            ids = subject switch
            {
                Facility f => ids.Concat(f.SourceIds),
                Policy p => ids.Concat(p.SourceIds).Concat(p.Events.Select(e => e.SourceId)).Concat(p.Provisions.Select(v => v.SourceId)),
                _ => ids,
            };
            return ids.Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).Select(reference.GetSource).ToImmutableArray();
        }

        /// <summary>One line per source: publisher, title, date, address and when it was read (control characters shown as <c>&lt;U+XXXX&gt;</c>).</summary>
        /// <param name="sources">The sources.</param>
        /// <returns>The text.</returns>
        public static string ToText(IEnumerable<Source> sources)
        {
            var text = new StringBuilder();
            foreach (var s in sources ?? throw new ArgumentNullException(nameof(sources)))
            {
                text.Append(VisibleText.Escape(s.Publisher)).Append(". \"").Append(VisibleText.Escape(s.Title)).Append('"');
                if (s.Published is not null)
                {
                    text.Append(", ").Append(IsoDates.Format(s.Published.Value));
                }

                if (s.Url is not null)
                {
                    text.Append(". ").Append(VisibleText.Escape(s.Url));
                }

                text.Append(" (accessed ").Append(IsoDates.Format(s.Accessed)).Append(')');
                if (s.Via is not null)
                {
                    text.Append(". Via: ").Append(VisibleText.Escape(s.Via));
                }

                text.Append(". [").Append(VisibleText.Escape(s.Id)).Append("]\n");
            }

            return text.ToString();
        }

        /// <summary>
        /// BibTeX <c>@misc</c> entries keyed by source id, read alike by BibTeX (<c>author</c>, <c>title</c>,
        /// <c>howpublished</c>, <c>year</c>, <c>month</c>, <c>note</c>) and biblatex (which also reads <c>url</c>,
        /// <c>date</c>, <c>urldate</c> and <c>langid</c>): the publisher as a corporate author, a year and month for every
        /// source with a publication date, and a note saying when it was read and through whom. No brace from data reaches
        /// the file as a brace, so a field can neither end early nor start another entry;
        /// control characters are shown as <c>&lt;U+XXXX&gt;</c>.
        /// </summary>
        /// <param name="sources">The sources.</param>
        /// <returns>The BibTeX text.</returns>
        public static string ToBibTex(IEnumerable<Source> sources)
        {
            var text = new StringBuilder();
            foreach (var s in sources ?? throw new ArgumentNullException(nameof(sources)))
            {
                text.Append("@misc{").Append(Key(s.Id)).Append(",\n");
                Field(text, "author", "{" + Escape(s.Publisher) + "}");
                Field(text, "title", "{" + Escape(s.Title) + "}");
                if (s.Url is not null)
                {
                    Field(text, "howpublished", "\\url{" + UrlInArgument(s.Url) + "}");
                }

                if (s.Published is not null)
                {
                    Field(text, "year", s.Published.Value.Year.ToString(CultureInfo.InvariantCulture));
                    text.Append("  month = ").Append(Months[s.Published.Value.Month - 1]).Append(",\n");
                    Field(text, "date", IsoDates.Format(s.Published.Value));
                }

                if (s.Url is not null)
                {
                    Field(text, "url", Url(s.Url));
                }

                Field(text, "urldate", IsoDates.Format(s.Accessed));
                if (s.Language is not null)
                {
                    Field(text, "langid", Escape(s.Language));
                }

                Field(text, "note", Escape(Note(s)));
                text.Length -= 2;
                text.Append("\n}\n\n");
            }

            return text.ToString();
        }

        /// <summary>Writes every source of the set as <c>sources.bib</c> in <paramref name="directory"/>, whole or not at all (as <see cref="CsvExport.Write"/>).</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory; it must not exist, be empty, or hold an earlier export.</param>
        public static void WriteBibTex(PolicyReference reference, string directory) =>
            ExportDirectory.Write(reference, directory, "bibtex", into => ExportDirectory.WriteNew(System.IO.Path.Combine(into, "sources.bib"), ToBibTex(reference.Sources)));

        /// <summary>Writes every source of the set as <c>sources.csl.json</c> in <paramref name="directory"/>, whole or not at all (as <see cref="CsvExport.Write"/>).</summary>
        /// <param name="reference">The data set.</param>
        /// <param name="directory">The output directory; it must not exist, be empty, or hold an earlier export.</param>
        public static void WriteCslJson(PolicyReference reference, string directory) =>
            ExportDirectory.Write(reference, directory, "csl-json", into => ExportDirectory.WriteNew(System.IO.Path.Combine(into, "sources.csl.json"), ToCslJson(reference.Sources)));

        /// <summary>CSL-JSON items (for Zotero, Pandoc and citation processors), with the source id as item id.</summary>
        /// <param name="sources">The sources.</param>
        /// <returns>The JSON array text.</returns>
        public static string ToCslJson(IEnumerable<Source> sources)
        {
            var items = new JArray();
            foreach (var s in sources ?? throw new ArgumentNullException(nameof(sources)))
            {
                var item = new JObject
                {
                    ["id"] = s.Id,
                    ["type"] = CslType(s),
                    ["title"] = s.Title,
                    // The publisher is the author; APA leaves out a publisher that repeats the author, so it is not given twice.
                    ["author"] = new JArray(new JObject { ["literal"] = s.Publisher }),
                };
                if (s.Kind == SourceKind.Press)
                {
                    // APA names the newspaper or outlet as the container of a press article.
                    item["container-title"] = s.Publisher;
                }

                if (s.Url is not null)
                {
                    item["URL"] = s.Url;
                }

                if (s.Published is not null)
                {
                    item["issued"] = DateParts(s.Published.Value);
                }

                item["accessed"] = DateParts(s.Accessed);
                if (s.Language is not null)
                {
                    item["language"] = s.Language;
                }

                item["note"] = Note(s);
                items.Add(item);
            }

            return items.ToString(Formatting.Indented) + "\n";
        }

        private static string CslType(Source s) => s.Kind switch
        {
            SourceKind.Press => "article-newspaper",
            SourceKind.Documentary => "motion_picture",
            SourceKind.Research or SourceKind.Ngo => "report",
            SourceKind.OfficialStatistics or SourceKind.Intergovernmental => s.Via is null ? "report" : "dataset",
            _ => "webpage",
        };

        private static JObject DateParts(LocalDate date)
        {
            // new JArray(JArray) would copy the items rather than nest the array.
            var parts = new JArray();
            parts.Add(new JArray(date.Year, date.Month, date.Day));
            return new JObject { ["date-parts"] = parts };
        }

        private static readonly string[] Months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

        // What a reader of the reference needs beyond author, title and date: when the page was read, and through whom
        // a figure was re-published.
        private static string Note(Source s) =>
            "Accessed " + IsoDates.Format(s.Accessed) + "." + (s.Via is null ? string.Empty : " Via " + s.Via + ".") + (s.Published is null ? " Publication date not recorded." : string.Empty);

        private static void Field(StringBuilder text, string name, string value) => text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");


        // BibTeX counts every brace, escaped or not, so no brace from data is written as a brace; an @ is harmless inside a
        // braced field. The other LaTeX specials are escaped so titles print as written (<, > and | too: in TeX's default
        // font encoding they print as ¡, ¿ and a dash). Control characters are first made visible.
        private static string Escape(string raw)
        {
            var text = VisibleText.Escape(raw);
            var result = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '\\': result.Append("\\textbackslash{}"); break;
                    case '{': result.Append("\\textbraceleft{}"); break;
                    case '}': result.Append("\\textbraceright{}"); break;
                    case '%': case '&': case '$': case '#': case '_': result.Append('\\').Append(c); break;
                    case '~': result.Append("\\textasciitilde{}"); break;
                    case '^': result.Append("\\textasciicircum{}"); break;
                    case '<': result.Append("\\textless{}"); break;
                    case '>': result.Append("\\textgreater{}"); break;
                    case '|': result.Append("\\textbar{}"); break;
                    default: result.Append(c); break;
                }

                // TeX joins "--" into a dash, "''" and "``" into quotes, "?`" and "!`" into inverted marks: an empty group
                // between the two keeps the characters as written.
                if (i + 1 < text.Length && Ligatures.IndexOf(c + text.Substring(i + 1, 1), StringComparison.Ordinal) >= 0)
                {
                    result.Append("{}");
                }
            }

            return result.ToString();
        }

        private const string Ligatures = "-- '' `` ?` !` ,,";

        // BibTeX and biblatex read the url field verbatim, so % and # stay as they
        // are: a backslash would become part of the address. What could end the field, or no URL holds unencoded (braces,
        // backslash, quote, space, controls, non-ASCII), is percent-encoded as a browser would.
        private static string Url(string url)
        {
            var result = new StringBuilder(url.Length);
            foreach (var b in Encoding.UTF8.GetBytes(url))
            {
                var c = (char)b;
                if (b > 0x20 && b < 0x7f && c != '{' && c != '}' && c != '\\' && c != '"')
                {
                    result.Append(c);
                }
                else
                {
                    result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }

            return result.ToString();
        }

        // Inside another field's text (howpublished = {\url{…}}) the URL is read as a macro argument, where % starts a
        // comment and # is a parameter: there hyperref's \url needs them escaped, and prints them as they were.
        private static string UrlInArgument(string url) => Url(url).Replace("%", "\\%").Replace("#", "\\#");

        // Ids are lower-kebab-case when loaded; any other character (from a source built in code) is written as _XXXX so
        // that the key cannot end the entry's first line.
        private static string Key(string id)
        {
            var result = new StringBuilder(id.Length);
            foreach (var c in id)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':')
                {
                    result.Append(c);
                }
                else
                {
                    result.Append('_').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
            }

            return result.Length == 0 ? "_" : result.ToString();
        }
    }
}
