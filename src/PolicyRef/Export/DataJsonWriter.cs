using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyRef.Export
{
    /// <summary>
    /// Renders JSON the way data files are kept: two-space indentation, and each item of a
    /// <c>claims</c>, <c>events</c> or <c>provisions</c> array on one line, so that a review diff shows one figure per line.
    /// </summary>
    internal static class DataJsonWriter
    {
        public static void WriteFile(string path, JObject root)
        {
            ExportDirectory.WriteNew(path, Render(root));
        }

        public static string Render(JObject root)
        {
            var text = new StringBuilder();
            Append(text, root, 0, compactItems: false);
            return text.Append('\n').ToString();
        }

        private static void Append(StringBuilder text, JToken token, int indent, bool compactItems)
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
                        var isLineArray = properties[i].Name == "claims" || properties[i].Name == "events" || properties[i].Name == "provisions";
                        Append(text, properties[i].Value, indent + 1, isLineArray);
                        text.Append(i < properties.Count - 1 ? ",\n" : "\n");
                    }

                    text.Append(' ', indent * 2).Append('}');
                    break;
                case JArray array when array.Count == 0:
                    text.Append("[]");
                    break;
                case JArray array when array.All(t => t is JValue):
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
                            Append(text, array[i], indent + 1, false);
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

        private static string CompactObject(JToken token)
        {
            if (token is not JObject obj)
            {
                return Compact(token);
            }

            return "{ " + string.Join(", ", obj.Properties().Select(p => JsonConvert.ToString(p.Name) + ": " + Compact(p.Value))) + " }";
        }

        private static string Compact(JToken token)
        {
            if (token is JValue value && value.Value is decimal number)
            {
                return number.ToString(CultureInfo.InvariantCulture);
            }

            return token.ToString(Formatting.None);
        }
    }
}
