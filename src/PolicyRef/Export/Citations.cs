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

        /// <summary>One line per source: publisher, title, date, address and when it was read.</summary>
        /// <param name="sources">The sources.</param>
        /// <returns>The text.</returns>
        public static string ToText(IEnumerable<Source> sources)
        {
            var text = new StringBuilder();
            foreach (var s in sources ?? throw new ArgumentNullException(nameof(sources)))
            {
                text.Append(s.Publisher).Append(". \"").Append(s.Title).Append('"');
                if (s.Published is not null)
                {
                    text.Append(", ").Append(IsoDates.Format(s.Published.Value));
                }

                if (s.Url is not null)
                {
                    text.Append(". ").Append(s.Url);
                }

                text.Append(" (accessed ").Append(IsoDates.Format(s.Accessed)).Append(')');
                if (s.Via is not null)
                {
                    text.Append(". Via: ").Append(s.Via);
                }

                text.Append(". [").Append(s.Id).Append("]\n");
            }

            return text.ToString();
        }

        /// <summary>BibTeX <c>@misc</c> entries keyed by source id, with the publisher as a corporate author.</summary>
        /// <param name="sources">The sources.</param>
        /// <returns>The BibTeX text.</returns>
        public static string ToBibTex(IEnumerable<Source> sources)
        {
            var text = new StringBuilder();
            foreach (var s in sources ?? throw new ArgumentNullException(nameof(sources)))
            {
                text.Append("@misc{").Append(s.Id).Append(",\n");
                Field(text, "author", "{" + Escape(s.Publisher) + "}");
                Field(text, "title", "{" + Escape(s.Title) + "}");
                if (s.Published is not null)
                {
                    Field(text, "year", s.Published.Value.Year.ToString(CultureInfo.InvariantCulture));
                    Field(text, "date", IsoDates.Format(s.Published.Value));
                }

                if (s.Url is not null)
                {
                    Field(text, "url", s.Url.Replace("%", "\\%").Replace("#", "\\#"));
                }

                Field(text, "urldate", IsoDates.Format(s.Accessed));
                if (s.Language is not null)
                {
                    Field(text, "langid", s.Language);
                }

                Field(text, "note", Escape(KindName(s.Kind) + (s.Via is null ? string.Empty : "; via " + s.Via)));
                text.Length -= 2;
                text.Append("\n}\n\n");
            }

            return text.ToString();
        }

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
                    ["author"] = new JArray(new JObject { ["literal"] = s.Publisher }),
                    ["publisher"] = s.Publisher,
                };
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

                item["note"] = KindName(s.Kind) + (s.Via is null ? string.Empty : "; via " + s.Via);
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

        private static string KindName(SourceKind kind) => Data.Vocabulary.Name(Data.Vocabulary.SourceKinds, kind);

        private static void Field(StringBuilder text, string name, string value) => text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");


        // Braces are balanced by escaping; the other LaTeX specials are escaped so titles print as written.
        private static string Escape(string text)
        {
            var result = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '\\': result.Append("\\textbackslash{}"); break;
                    case '{': case '}': case '%': case '&': case '$': case '#': case '_': result.Append('\\').Append(c); break;
                    case '~': result.Append("\\textasciitilde{}"); break;
                    case '^': result.Append("\\textasciicircum{}"); break;
                    default: result.Append(c); break;
                }
            }

            return result.ToString();
        }
    }
}
