using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;

namespace PolicyRef.Export
{
    /// <summary>
    /// Renders JSON the way data files are kept: two-space indentation, and each item of an array the layout keeps one
    /// per line (<see cref="DataField.OnePerLine"/>: claims, events, provisions) on one line, so that a review diff shows
    /// one figure per line. An item given as <see cref="JRaw"/> is written as it is, byte for byte.
    /// </summary>
    internal static class DataJsonWriter
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

        public static void WriteFile(string path, JObject root)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Render(root), Utf8NoBom);
        }

        /// <summary>
        /// The text of a data file. <paramref name="spacedInlineArrays"/> writes an array inside a one-line item with a space
        /// after each comma, as the curated files have it (the JSON export, which predates it, writes none).
        /// </summary>
        public static string Render(JObject root, bool spacedInlineArrays = false)
        {
            var text = new StringBuilder();
            new Renderer(text, spacedInlineArrays).Append(root, 0, compactItems: false);
            return text.Append('\n').ToString();
        }

        /// <summary>The bytes of <paramref name="text"/> as a data file keeps them: UTF-8 without a byte-order mark.</summary>
        public static byte[] Encode(string text) => Utf8NoBom.GetBytes(text);

        /// <summary>One rendering: the text so far and the style.</summary>
        private sealed class Renderer
        {
            private readonly StringBuilder text;
            private readonly bool spacedInlineArrays;

            public Renderer(StringBuilder text, bool spacedInlineArrays)
            {
                this.text = text;
                this.spacedInlineArrays = spacedInlineArrays;
            }

            public void Append(JToken token, int indent, bool compactItems)
            {
                switch (token)
                {
                    case JObject obj when obj.Count == 0:
                        text.Append("{}");
                        break;
                    case JObject obj:
                        text.Append("{\n");
                        var properties = obj.Properties().ToList();
                        for (var i = 0; i < properties.Count; i++)
                        {
                            text.Append(' ', (indent + 1) * 2).Append(JsonConvert.ToString(properties[i].Name)).Append(": ");
                            var isLineArray = DataFormat.OnePerLineArrays.Contains(properties[i].Name);
                            Append(properties[i].Value, indent + 1, isLineArray);
                            text.Append(i < properties.Count - 1 ? ",\n" : "\n");
                        }

                        text.Append(' ', indent * 2).Append('}');
                        break;
                    case JArray array when array.Count == 0:
                        text.Append("[]");
                        break;
                    case JArray array when !compactItems && array.All(t => t is JValue):
                        text.Append('[').Append(string.Join(", ", array.Select(Compact))).Append(']');
                        break;
                    case JArray array:
                        text.Append("[\n");
                        for (var i = 0; i < array.Count; i++)
                        {
                            text.Append(' ', (indent + 1) * 2);
                            if (compactItems)
                            {
                                text.Append(CompactObject(array[i]));
                            }
                            else
                            {
                                Append(array[i], indent + 1, false);
                            }

                            text.Append(i < array.Count - 1 ? ",\n" : "\n");
                        }

                        text.Append(' ', indent * 2).Append(']');
                        break;
                    default:
                        text.Append(Compact(token));
                        break;
                }
            }

            private string CompactObject(JToken token)
            {
                if (token is not JObject obj)
                {
                    return Compact(token);
                }

                return "{ " + string.Join(", ", obj.Properties().Select(p => JsonConvert.ToString(p.Name) + ": " + Compact(p.Value))) + " }";
            }

            private string Compact(JToken token)
            {
                if (token is JValue value && value.Value is decimal number)
                {
                    return number.ToString(CultureInfo.InvariantCulture);
                }

                if (spacedInlineArrays && token is JArray array && array.All(t => t is JValue))
                {
                    return "[" + string.Join(", ", array.Select(Compact)) + "]";
                }

                return token.ToString(Formatting.None);
            }
        }
    }
}
