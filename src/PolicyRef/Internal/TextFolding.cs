using System.Globalization;
using System.Text;

namespace PolicyRef.Internal
{
    /// <summary>Folds text for accent- and case-insensitive matching ("Bastøy" finds "bastoy", "Tocorón" finds "tocoron").</summary>
    internal static class TextFolding
    {
        public static string Fold(string text)
        {
            var decomposed = text.Normalize(NormalizationForm.FormD);
            var folded = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                // Letters that do not decompose into a base letter and a mark.
                folded.Append(c switch
                {
                    'ø' or 'Ø' => "o",
                    'æ' or 'Æ' => "ae",
                    'å' or 'Å' => "a",
                    'ß' => "ss",
                    'đ' or 'Đ' => "d",
                    'ł' or 'Ł' => "l",
                    _ => char.ToLowerInvariant(c).ToString(),
                });
            }

            return folded.ToString();
        }
    }
}
