#if NET
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace PolicyRef.Data.Format
{
    /// <summary>
    /// The text of a data file as written, for tools that rewrite part of a file and must keep the rest byte for byte
    /// (the importer keeps hand-written claims exactly as they are).
    /// </summary>
    internal static class DataFileText
    {
        /// <summary>
        /// The items of the root array <paramref name="array"/> as their JSON text (an item spread over several lines joined
        /// into one, each line trimmed), each with the string value of its field <paramref name="key"/> (null if none).
        /// </summary>
        public static IReadOnlyList<(string Text, string? Key)> ArrayItems(ReadOnlyMemory<byte> content, DataField array, DataField key)
        {
            using var json = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var items = new List<(string, string?)>();
            if (!json.RootElement.TryGetProperty(array.Name, out var elements) || elements.ValueKind != JsonValueKind.Array)
            {
                return items;
            }

            foreach (var item in elements.EnumerateArray())
            {
                var value = item.ValueKind == JsonValueKind.Object && item.TryGetProperty(key.Name, out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
                var raw = item.GetRawText();
                items.Add((raw.Contains('\n', StringComparison.Ordinal) ? string.Join(" ", raw.Split('\n').Select(l => l.Trim())) : raw, value));
            }

            return items;
        }
    }
}
#endif
