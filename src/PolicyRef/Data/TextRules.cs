using System.Globalization;

namespace PolicyRef.Data
{
    /// <summary>
    /// What text in a data file may hold: well-formed UTF-16 (no half of a surrogate pair), no control characters (C0, DEL,
    /// C1: an escape sequence in a name would reach a terminal as a command) and no bidirectional embedding, override or
    /// isolate (U+202A–U+202E, U+2066–U+2069), which make text display in an order other than the one stored. The marks
    /// U+200E and U+200F, which only steer neutral characters, are allowed.
    /// </summary>
    internal static class TextRules
    {
        /// <summary>What is wrong with <paramref name="text"/>, such as "a control character (U+001B) at character 7", or null.</summary>
        public static string? Flaw(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                var what = char.IsSurrogate(c) ? "half of a surrogate pair"
                    : char.GetUnicodeCategory(c) == UnicodeCategory.Control ? "a control character"
                    : (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') ? "a bidirectional override"
                    : null;
                if (what is not null)
                {
                    return $"{what} (U+{(int)c:X4}) at character {i + 1}";
                }
            }

            return null;
        }
    }
}
