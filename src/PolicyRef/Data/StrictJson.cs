using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PolicyRef.Data
{
    /// <summary>
    /// Checks text against RFC 8259 exactly, before any JSON library reads it: Newtonsoft also accepts octal (<c>0600</c>
    /// is 384), hexadecimal (<c>0x258</c>), comments, trailing commas, raw control characters in strings and lone
    /// surrogate escapes, each of which would load here and mean something else, or nothing, in another tool. The first
    /// departure is reported with its line, column, JSON path and what the grammar expected there.
    /// </summary>
    internal sealed class StrictJson
    {
        private readonly string text;
        private readonly int maxDepth;
        private readonly List<string> path = new List<string>();
        private int position;
        private int line = 1;
        private int lineStart;

        private StrictJson(string text, int maxDepth)
        {
            this.text = text;
            this.maxDepth = maxDepth;
        }

        /// <summary>The first departure from RFC 8259, or null when the whole text is one valid JSON value.</summary>
        public static DataProblem? Check(string text, string file, int maxDepth)
        {
            var scanner = new StrictJson(text, maxDepth);
            try
            {
                scanner.Document();
                return null;
            }
            catch (Departure d)
            {
                var message = d.Kind == DataProblemKind.MalformedJson ? "the file is not valid JSON (RFC 8259): " + d.Message : d.Message;
                return new DataProblem(d.Kind, file, scanner.line, scanner.position - scanner.lineStart + 1, string.Concat(scanner.path).TrimStart('.'), message);
            }
        }

        private void Document()
        {
            Space();
            Value(0);
            Space();
            if (position < text.Length)
            {
                throw new Departure("unexpected content after the end of the JSON value; expected the end of the file");
            }
        }

        private void Value(int depth)
        {
            if (position >= text.Length)
            {
                throw new Departure("the file ends where a value was expected");
            }

            var c = text[position];
            switch (c)
            {
                case '{':
                    Object(depth + 1);
                    break;
                case '[':
                    Array(depth + 1);
                    break;
                case '"':
                    String();
                    break;
                case 't':
                    Literal("true");
                    break;
                case 'f':
                    Literal("false");
                    break;
                case 'n':
                    Literal("null");
                    break;
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        Number();
                        break;
                    }

                    if (c == '/')
                    {
                        throw new Departure("comments are not JSON; expected a value");
                    }

                    throw new Departure($"'{Shown(c)}' cannot start a value; expected an object, array, string, number, true, false or null");
            }
        }

        private void Object(int depth)
        {
            Deeper(depth);
            position++;
            Space();
            if (Peek('}'))
            {
                position++;
                return;
            }

            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            path.Add(string.Empty);
            while (true)
            {
                Space();
                if (Peek('}'))
                {
                    throw new Departure("a comma before '}' (a trailing comma) is not JSON; expected another \"name\": value");
                }

                if (!Peek('"'))
                {
                    throw new Departure(Peek('/') ? "comments are not JSON; expected a \"name\"" : "expected a field name in double quotes");
                }

                var name = String();
                path[path.Count - 1] = "." + name;
                if (!seen.Add(name))
                {
                    throw new Departure($"the field '{name}' appears twice in one object; expected each name once");
                }

                Space();
                Expect(':', "expected ':' after a field name");
                Space();
                Value(depth);
                Space();
                if (Peek(','))
                {
                    position++;
                    continue;
                }

                Expect('}', Peek('/') ? "comments are not JSON; expected ',' or '}'" : "expected ',' or '}' after a field's value");
                path.RemoveAt(path.Count - 1);
                return;
            }
        }

        private void Array(int depth)
        {
            Deeper(depth);
            position++;
            Space();
            if (Peek(']'))
            {
                position++;
                return;
            }

            path.Add(string.Empty);
            for (var index = 0; ; index++)
            {
                path[path.Count - 1] = "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                Space();
                if (Peek(']'))
                {
                    throw new Departure("a comma before ']' (a trailing comma) is not JSON; expected another value");
                }

                Value(depth);
                Space();
                if (Peek(','))
                {
                    position++;
                    continue;
                }

                Expect(']', Peek('/') ? "comments are not JSON; expected ',' or ']'" : "expected ',' or ']' after an array item");
                path.RemoveAt(path.Count - 1);
                return;
            }
        }

        private string String()
        {
            position++;
            var value = new StringBuilder();
            while (true)
            {
                if (position >= text.Length)
                {
                    throw new Departure("the file ends inside a string; expected a closing '\"'");
                }

                var c = text[position];
                if (c == '"')
                {
                    position++;
                    return value.ToString();
                }

                if (c < ' ')
                {
                    throw new Departure($"a raw control character (U+{(int)c:X4}) inside a string; expected it escaped, such as \\n or \\u{(int)c:X4}");
                }

                if (c != '\\')
                {
                    value.Append(c);
                    position++;
                    continue;
                }

                position++;
                var escape = position < text.Length ? text[position] : '\0';
                switch (escape)
                {
                    case '"': case '\\': case '/': value.Append(escape); position++; break;
                    case 'b': value.Append('\b'); position++; break;
                    case 'f': value.Append('\f'); position++; break;
                    case 'n': value.Append('\n'); position++; break;
                    case 'r': value.Append('\r'); position++; break;
                    case 't': value.Append('\t'); position++; break;
                    case 'u':
                        var unit = Hex4();
                        if (char.IsHighSurrogate(unit))
                        {
                            if (position + 1 < text.Length && text[position] == '\\' && text[position + 1] == 'u')
                            {
                                position++;
                                var low = Hex4();
                                if (!char.IsLowSurrogate(low))
                                {
                                    throw new Departure($"\\u{(int)unit:X4} begins a surrogate pair but \\u{(int)low:X4} does not end one; expected \\uDC00–\\uDFFF");
                                }

                                value.Append(unit).Append(low);
                                break;
                            }

                            throw new Departure($"\\u{(int)unit:X4} is half of a surrogate pair with no second half; expected a character");
                        }

                        if (char.IsLowSurrogate(unit))
                        {
                            throw new Departure($"\\u{(int)unit:X4} is the second half of a surrogate pair with no first half; expected a character");
                        }

                        value.Append(unit);
                        break;
                    default:
                        throw new Departure($"'\\{Shown(escape)}' is not a JSON escape; expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX");
                }
            }
        }

        // At the 'u' of \uXXXX: the code unit, with the position after it.
        private char Hex4()
        {
            position++;
            var code = 0;
            for (var i = 0; i < 4; i++, position++)
            {
                var c = position < text.Length ? text[position] : '\0';
                var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0)
                {
                    throw new Departure("\\u must be followed by four hexadecimal digits");
                }

                code = (code * 16) + digit;
            }

            return (char)code;
        }

        private void Number()
        {
            var start = position;
            if (Peek('-'))
            {
                position++;
            }

            if (Peek('0'))
            {
                position++;
                if (position < text.Length && (char.IsDigit(text[position]) || text[position] == 'x' || text[position] == 'X'))
                {
                    throw new Departure(text[position] == 'x' || text[position] == 'X'
                        ? "hexadecimal numbers are not JSON; expected a decimal number"
                        : "a number may not start with 0 followed by digits (0600 is octal 384 to some readers); expected a decimal number without leading zeros");
                }
            }
            else if (!Digits())
            {
                throw new Departure("expected a digit after '-'");
            }

            if (Peek('.'))
            {
                position++;
                if (!Digits())
                {
                    throw new Departure("expected a digit after the decimal point");
                }
            }

            if (Peek('e') || Peek('E'))
            {
                position++;
                if (Peek('+') || Peek('-'))
                {
                    position++;
                }

                if (!Digits())
                {
                    throw new Departure("expected a digit in the exponent");
                }
            }

            if (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '.'))
            {
                throw new Departure($"'{Shown(text[position])}' after a number; expected ',', '}}' or ']'");
            }

            InRange(text.Substring(start, position - start));
        }

        /// <summary>
        /// Valid JSON, but a number every reader here keeps as a decimal must fit one: beyond ±7.9×10^28 it cannot be read,
        /// and a non-zero number too small for 28 decimal places would silently become 0.
        /// </summary>
        private void InRange(string number)
        {
            var mantissaEnd = number.IndexOfAny(new[] { 'e', 'E' });
            var mantissa = mantissaEnd < 0 ? number : number.Substring(0, mantissaEnd);
            var nonZero = false;
            foreach (var c in mantissa)
            {
                nonZero |= c >= '1' && c <= '9';
            }

            if (!decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new Departure($"the number {number} is too large to be a figure (at most about 7.9×10^28)", DataProblemKind.OutOfRange);
            }

            if (value == 0m && nonZero)
            {
                throw new Departure($"the number {number} is too small to be kept (it would be read as 0; a figure has at most 28 decimal places)", DataProblemKind.OutOfRange);
            }
        }

        private bool Digits()
        {
            var start = position;
            while (position < text.Length && text[position] >= '0' && text[position] <= '9')
            {
                position++;
            }

            return position > start;
        }

        private void Literal(string word)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
            {
                throw new Departure($"expected '{word}' or another value");
            }

            position += word.Length;
            if (position < text.Length && char.IsLetterOrDigit(text[position]))
            {
                throw new Departure($"'{word}' followed by '{Shown(text[position])}'; expected ',', '}}' or ']'");
            }
        }

        private void Space()
        {
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '\n')
                {
                    line++;
                    lineStart = position + 1;
                }
                else if (c != ' ' && c != '\t' && c != '\r')
                {
                    return;
                }

                position++;
            }
        }

        private void Deeper(int depth)
        {
            if (depth > maxDepth)
            {
                throw new Departure($"nested deeper than {maxDepth} levels; data files are at most a few levels deep");
            }
        }

        private bool Peek(char c) => position < text.Length && text[position] == c;

        private void Expect(char c, string message)
        {
            if (!Peek(c))
            {
                throw new Departure(message);
            }

            position++;
        }

        private static string Shown(char c) => c < ' ' || c == '\u007f' ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

        private sealed class Departure : System.Exception
        {
            public Departure(string message, DataProblemKind kind = DataProblemKind.MalformedJson)
                : base(message)
            {
                Kind = kind;
            }

            public DataProblemKind Kind { get; }
        }
    }
}
