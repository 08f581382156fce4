using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyRef.Data
{
    /// <summary>
    /// Where a JSON token was (line, column, JSON path), kept for a check that runs after every file is read: holding the
    /// token itself would hold its whole file's tree (every token links to its parent), so a load would keep every file.
    /// </summary>
    internal readonly struct TokenPlace
    {
        private TokenPlace(int line, int column, string path)
        {
            Line = line;
            Column = column;
            Path = path;
        }

        public int Line { get; }

        public int Column { get; }

        public string Path { get; }

        /// <summary>The place of <paramref name="token"/>; line 0 and an empty path for none.</summary>
        public static TokenPlace Of(JToken? token)
        {
            if (token is null)
            {
                return new TokenPlace(0, 0, string.Empty);
            }

            var info = (IJsonLineInfo)token;
            return info.HasLineInfo() ? new TokenPlace(info.LineNumber, info.LinePosition, token.Path) : new TokenPlace(0, 0, token.Path);
        }
    }
}
