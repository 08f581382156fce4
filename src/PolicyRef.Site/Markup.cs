using System.Globalization;
using System.Net;
using System.Text;

namespace PolicyRef.Site
{
    /// <summary>Escaping for the HTML and Markdown the pages are written in.</summary>
    internal static class Markup
    {
        /// <summary>Text for an HTML element or attribute; line breaks become spaces, since a blank line would end docfx's HTML block.</summary>
        public static string Html(string? text) =>
            text is null ? string.Empty : WebUtility.HtmlEncode(text.Replace("\r", string.Empty).Replace('\n', ' '));

        /// <summary>Text for a Markdown heading or paragraph: every punctuation character that Markdown could read is escaped.</summary>
        public static string Markdown(string text)
        {
            var escaped = new StringBuilder(text.Length + 8);
            foreach (var c in text.Replace("\r", string.Empty).Replace('\n', ' '))
            {
                if ("\\`*_{}[]()#+-.!<>|&~\"'".IndexOf(c) >= 0)
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            return escaped.ToString();
        }

        /// <summary>A number for an SVG coordinate: invariant, two decimals at most.</summary>
        public static string Coordinate(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

        /// <summary>An integer in invariant culture.</summary>
        public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>An anchor id made of lower-case letters, digits and hyphens.</summary>
        public static string Anchor(string prefix, string id)
        {
            var anchor = new StringBuilder(prefix.Length + id.Length + 1).Append(prefix).Append('-');
            foreach (var c in id.ToLowerInvariant())
            {
                anchor.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
            }

            return anchor.ToString();
        }
    }
}
