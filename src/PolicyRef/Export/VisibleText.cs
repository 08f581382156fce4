using System.Globalization;
using System.Text;

namespace PolicyRef.Export
{
    /// <summary>
    /// Makes text from data safe to print to a terminal or a log: control characters (C0 including line breaks and
    /// tabs, DEL, C1), bidirectional controls and line or paragraph separators, and lone surrogates are shown as
    /// <c>&lt;U+001B&gt;</c> instead of acting on the screen, so data can neither move the cursor, clear the screen,
    /// write to the clipboard (OSC 52), reorder what is shown, nor forge a line of output.
    /// </summary>
    public static class VisibleText
    {
        /// <summary>Whether a character would act on a terminal or a line of output rather than show as itself.</summary>
        /// <param name="c">The character.</param>
        /// <returns>True for C0, DEL, C1, bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and U+2028/U+2029.</returns>
        public static bool IsUnsafe(char c) =>
            c < ' ' || (c >= '\u007f' && c <= '\u009f') || c == '\u061c' || c == '\u200e' || c == '\u200f'
            || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';

        /// <summary>The text with every unsafe character and lone surrogate written as <c>&lt;U+XXXX&gt;</c>; other text unchanged.</summary>
        /// <param name="text">The text; null gives an empty string.</param>
        /// <returns>The text as it may be printed.</returns>
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            var value = text!;
            var first = FirstUnsafe(value);
            if (first < 0)
            {
                return value;
            }

            var result = new StringBuilder(value.Length + 16).Append(value, 0, first);
            for (var i = first; i < value.Length; i++)
            {
                var c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    result.Append(c).Append(value[++i]);
                }
                else if (IsUnsafe(c) || char.IsSurrogate(c))
                {
                    result.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
                }
                else
                {
                    result.Append(c);
                }
            }

            return result.ToString();
        }

        private static int FirstUnsafe(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (IsUnsafe(c) || char.IsSurrogate(c))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
