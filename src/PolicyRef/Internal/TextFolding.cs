namespace PolicyRef.Internal
{
    /// <summary>
    /// Folds text for accent- and case-insensitive matching ("Bastøy" finds "bastoy", "Régimen" finds "regimen") from a
    /// table of its own, so that it folds the same with or without ICU (invariant globalization, containers, Native AOT),
    /// where <c>string.Normalize</c> may not decompose accented letters.
    /// </summary>
    internal static class TextFolding
    {
        // Each char of U+00C0–U+024F (Latin-1 Supplement letters, Latin Extended-A and -B) and of U+1E00–U+1EFF
        // (Latin Extended Additional, Vietnamese) folded to its lower-case base letter; '\0' marks a letter folded to two
        // (æ, œ, ß, þ, ĳ); a letter folded to itself has no base letter. Generated from Unicode's canonical decompositions.
        private const string LatinFolds =
            "aaaaaa\0ceeeeiiiidnooooo\u00D7ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\u00F7ouuuuy\0y" +
            "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkqlllllll" +
            "lllnnnnnn\u0149nnoooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
            "b\u0253\u0183\u0183\u0185\u0185\u0254\u0188c\u0256\u0257\u018C\u018C\u018D\u01DD\u0259\u025B\u0192f\u0260\u0263\u0195\u0269i\u0199\u0199l\u019B\u026F\u0272\u019E\u0275oo\u01A3\u01A3\u01A5\u01A5\u0280\u01A8\u01A8\u0283\u01AA\u01AB\u01AD\u01AD\u0288uu\u028A\u028B\u01B4\u01B4zz\u0292\u01B9\u01B9\u01BA\u01BB\u01BD\u01BD\u01BE\u01BF" +
            "\u01C0\u01C1\u01C2\u01C3\u01C6\u01C6\u01C6\u01C9\u01C9\u01C9\u01CC\u01CC\u01CCaaiioouuuuuuuuuu\u01DDaaaa\u01E3\u01E3ggggkkoooo\u01EF\u01EFj\u01F3\u01F3\u01F3gg\u0195\u01BFnnaa\u01FD\u01FD\u01FF\u01FF" +
            "aaaaeeeeiiiioooorrrruuuusstt\u021D\u021Dhh\u019E\u0221\u0223\u0223\u0225\u0225aaeeooooooooyy\u0234\u0235\u0236\u0237\u0238\u0239\u2C65ccl\u2C66\u023F" +
            "\u0240\u0242\u0242\u0180u\u028Ceejj\u024B\u024B\u024Dr\u024Fy";

        private const string LatinAdditionalFolds =
            "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
            "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
            "wwwwwwwwwwxxxxyyzzzzzzhtwy\u1E9A\u1E9B\u1E9C\u1E9D\0\u1E9Faaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
            "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\u1EFB\u1EFB\u1EFD\u1EFD\u1EFF\u1EFF";

        public static string Fold(string text)
        {
            var folded = new System.Text.StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c < 0x80)
                {
                    folded.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
                }
                else if (c is >= '\u0300' and <= '\u036F')
                {
                    // A combining accent of text already decomposed ("e" + U+0301) is dropped like a precomposed one.
                }
                else
                {
                    var mapped = c is >= '\u00C0' and <= '\u024F' ? LatinFolds[c - 0xC0] : c is >= '\u1E00' and <= '\u1EFF' ? LatinAdditionalFolds[c - 0x1E00] : char.ToLowerInvariant(c);
                    folded.Append(mapped == '\0' ? Ligature(c) : mapped.ToString());
                }
            }

            return folded.ToString();
        }

        private static string Ligature(char c) => c switch
        {
            '\u00C6' or '\u00E6' => "ae",
            '\u0152' or '\u0153' => "oe",
            '\u00DF' or '\u1E9E' => "ss",
            '\u00DE' or '\u00FE' => "th",
            _ => "ij",
        };
    }
}
