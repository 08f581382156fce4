using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using PolicyRef.Model;

namespace PolicyRef.Site
{
    /// <summary>
    /// The names a reader may search a subject by. The site's search matches words as written, so each
    /// name is given as written and folded (no accents, lower case): "megacárcel" and "megacarcel" both find CECOT.
    /// </summary>
    internal static class SearchTerms
    {
        /// <summary>The subject's id, name and aliases, each once, as written and folded.</summary>
        public static IReadOnlyList<string> Of(IClaimSubject subject)
        {
            var names = new List<string> { subject.Id, subject.DisplayName };
            switch (subject)
            {
                case Facility f:
                    names.Add(f.Name);
                    names.AddRange(f.Aliases.Select(a => a.Name));
                    break;
                case Policy p:
                    names.Add(p.Name);
                    names.AddRange(p.Aliases.Select(a => a.Name));
                    break;
                case Country c:
                    names.Add(c.Name);
                    break;
            }

            return names.Concat(names.Select(Fold)).Distinct(StringComparer.Ordinal).ToList();
        }

        // Latin letters with diacritics and their plain forms, so that folding is the same with or without ICU (the site
        // is built under invariant globalization too, where string normalisation leaves non-ASCII text unchanged).
        private const string Accented = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſȘșȚț";
        private static readonly ImmutableArray<string> Plain = ImmutableArray.Create("a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o|o|u|u|u|u|y|th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o|o|u|u|u|u|y|th|y|a|a|a|a|a|a|c|c|c|c|c|c|c|c|d|d|d|d|e|e|e|e|e|e|e|e|e|e|g|g|g|g|g|g|g|g|h|h|h|h|i|i|i|i|i|i|i|i|i|i|j|j|k|k|k|l|l|l|l|l|l|l|l|l|l|n|n|n|n|n|n|n|o|o|o|o|o|o|oe|oe|r|r|r|r|r|r|s|s|s|s|s|s|s|s|t|t|t|t|t|t|u|u|u|u|u|u|u|u|u|u|u|u|w|w|y|y|y|z|z|z|z|z|z|s|s|s|t|t".Split('|'));

        /// <summary>Lower case without diacritics: "Megacárcel" becomes "megacarcel", "Łódź" "lodz".</summary>
        public static string Fold(string text)
        {
            var folded = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                var at = Accented.IndexOf(c, System.StringComparison.Ordinal);
                if (at >= 0)
                {
                    folded.Append(Plain[at]);
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    folded.Append(char.ToLowerInvariant(c));
                }
            }

            return folded.ToString();
        }
    }
}
