using System;
using System.Collections.Generic;
using System.Text;

namespace PolicyRef.Tests
{
    /// <summary>
    /// A strict reader of the BibTeX the exporter writes, to check it as BibTeX itself would: entries
    /// <c>@type{key, name = {value}, …}</c> (or a bare macro such as <c>month = mar</c>), where braces nest (BibTeX counts every brace, escaped or not) and a value
    /// ends at the brace that balances its opening one. Anything else is an error. <see cref="Decode"/> undoes the
    /// exporter's LaTeX escapes.
    /// </summary>
    internal static class BibTexReader
    {
        public sealed record Entry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

        public static List<Entry> Parse(string text)
        {
            var entries = new List<Entry>();
            var i = 0;
            SkipSpace(text, ref i);
            while (i < text.Length)
            {
                Expect(text, ref i, '@');
                var type = Word(text, ref i);
                Expect(text, ref i, '{');
                var key = Key(text, ref i);
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                Expect(text, ref i, ',');
                while (true)
                {
                    SkipSpace(text, ref i);
                    var name = Word(text, ref i);
                    SkipSpace(text, ref i);
                    Expect(text, ref i, '=');
                    SkipSpace(text, ref i);
                    string value;
                    if (i < text.Length && text[i] == '{')
                    {
                        i++;
                        value = Balanced(text, ref i);
                    }
                    else
                    {
                        // A bare macro such as a month (mar) or a number.
                        value = Word(text, ref i);
                    }

                    if (!fields.TryAdd(name, value))
                    {
                        throw new FormatException($"field '{name}' twice in entry '{key}'");
                    }

                    SkipSpace(text, ref i);
                    if (i < text.Length && text[i] == ',')
                    {
                        i++;
                        continue;
                    }

                    Expect(text, ref i, '}');
                    break;
                }

                entries.Add(new Entry(type, key, fields));
                SkipSpace(text, ref i);
            }

            return entries;
        }

        /// <summary>A field value as text: the exporter's escapes undone, the outer protective braces of a title removed.</summary>
        public static string Decode(string value)
        {
            if (value.StartsWith('{') && value.EndsWith('}'))
            {
                value = value[1..^1];
            }

            var text = new StringBuilder();
            for (var i = 0; i < value.Length; i++)
            {
                // An empty group keeps two characters from joining into a TeX ligature (-{}-).
                if (value[i] == '{' && i + 1 < value.Length && value[i + 1] == '}')
                {
                    i++;
                    continue;
                }

                if (value[i] == '{' || value[i] == '}')
                {
                    throw new FormatException($"a raw brace at {i} of '{value}'");
                }

                if (value[i] != '\\')
                {
                    text.Append(value[i]);
                    continue;
                }

                var rest = value[(i + 1)..];
                var matched = false;
                foreach (var (command, meaning) in new[] { ("textbackslash{}", "\\"), ("textbraceleft{}", "{"), ("textbraceright{}", "}"), ("textasciitilde{}", "~"), ("textasciicircum{}", "^"), ("textless{}", "<"), ("textgreater{}", ">"), ("textbar{}", "|") })
                {
                    if (rest.StartsWith(command, StringComparison.Ordinal))
                    {
                        text.Append(meaning);
                        i += command.Length;
                        matched = true;
                        break;
                    }
                }

                if (!matched)
                {
                    if (rest.Length == 0 || "%&$#_".IndexOf(rest[0], StringComparison.Ordinal) < 0)
                    {
                        throw new FormatException($"an unknown escape at {i} of '{value}'");
                    }

                    text.Append(rest[0]);
                    i++;
                }
            }

            return text.ToString();
        }

        private static string Balanced(string text, ref int i)
        {
            var start = i;
            var depth = 1;
            for (; i < text.Length; i++)
            {
                if (text[i] == '{')
                {
                    depth++;
                }
                else if (text[i] == '}' && --depth == 0)
                {
                    return text[start..i++];
                }
            }

            throw new FormatException("a value that never closes");
        }

        private static string Word(string text, ref int i)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-' || text[i] == '_'))
            {
                i++;
            }

            return i > start ? text[start..i] : throw new FormatException($"a name expected at {start}");
        }

        private static string Key(string text, ref int i)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || "-_.:".IndexOf(text[i], StringComparison.Ordinal) >= 0))
            {
                i++;
            }

            return i > start ? text[start..i] : throw new FormatException($"a key expected at {start}");
        }

        private static void Expect(string text, ref int i, char c)
        {
            if (i >= text.Length || text[i] != c)
            {
                throw new FormatException($"'{c}' expected at {i}, found '{(i < text.Length ? text[i] : '∅')}'");
            }

            i++;
        }

        private static void SkipSpace(string text, ref int i)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }
    }
}
