using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PolicyRef.DataImport.Output
{
    /// <summary>The header of a country file: everything but the claims.</summary>
    internal sealed record CountryHeader(string Id, string Name, string? M49, string Region, string RegionCode);

    /// <summary>
    /// A country file as it is on disk: its header and its curated claims (those not citing a bulk source),
    /// each kept as the exact JSON text it has in the file.
    /// </summary>
    internal sealed class CountryFile
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private CountryFile(CountryHeader header, IReadOnlyList<string> curatedClaims, int bulkClaims)
        {
            Header = header;
            CuratedClaims = curatedClaims;
            BulkClaims = bulkClaims;
        }

        public CountryHeader Header { get; }

        /// <summary>The curated claims, in file order, as their JSON text.</summary>
        public IReadOnlyList<string> CuratedClaims { get; }

        /// <summary>How many claims citing a bulk source the file had.</summary>
        public int BulkClaims { get; }

        public static CountryFile Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            var text = Utf8.GetString(bytes);
            try
            {
                using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
                var root = json.RootElement;
                var header = new CountryHeader(
                    Text(root, "id", path)!,
                    Text(root, "name", path)!,
                    root.TryGetProperty("m49", out var m49) && m49.ValueKind == JsonValueKind.String ? m49.GetString() : null,
                    Text(root, "region", path)!,
                    Text(root, "regionCode", path)!);
                var curated = new List<string>();
                var bulk = 0;
                if (root.TryGetProperty("claims", out var claims))
                {
                    foreach (var claim in claims.EnumerateArray())
                    {
                        var source = claim.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                        if (source is not null && BulkSources.Contains(source))
                        {
                            bulk++;
                            continue;
                        }

                        // The claim's own text, byte for byte (a claim spread over several lines is joined).
                        var raw = claim.GetRawText();
                        curated.Add(raw.Contains('\n', StringComparison.Ordinal) ? string.Join(" ", raw.Split('\n').Select(l => l.Trim())) : raw);
                    }
                }

                return new CountryFile(header, curated, bulk);
            }
            catch (JsonException e)
            {
                throw new ImportException($"{path}: not valid JSON: {e.Message}", e);
            }
        }

        /// <summary>The file text: 2-space indentation, one claim per line, LF line ends, trailing newline.</summary>
        public static string Write(CountryHeader header, IEnumerable<string> claimLines)
        {
            var builder = new StringBuilder();
            builder.Append("{\n");
            builder.Append("  \"id\": ").Append(JsonText.Quote(header.Id)).Append(",\n");
            builder.Append("  \"name\": ").Append(JsonText.Quote(header.Name)).Append(",\n");
            if (header.M49 is not null)
            {
                builder.Append("  \"m49\": ").Append(JsonText.Quote(header.M49)).Append(",\n");
            }

            builder.Append("  \"region\": ").Append(JsonText.Quote(header.Region)).Append(",\n");
            builder.Append("  \"regionCode\": ").Append(JsonText.Quote(header.RegionCode)).Append(",\n");
            var lines = claimLines.ToList();
            if (lines.Count == 0)
            {
                builder.Append("  \"claims\": []\n");
            }
            else
            {
                builder.Append("  \"claims\": [\n");
                for (var i = 0; i < lines.Count; i++)
                {
                    builder.Append("    ").Append(lines[i]).Append(i + 1 < lines.Count ? ",\n" : "\n");
                }

                builder.Append("  ]\n");
            }

            return builder.Append("}\n").ToString();
        }

        /// <summary>One claim on one line, fields in the order of docs/data-format.md.</summary>
        public static string ClaimLine(BulkClaim claim)
        {
            var builder = new StringBuilder("{ ");
            builder.Append("\"metric\": ").Append(JsonText.Quote(claim.Metric));
            builder.Append(", \"value\": ").Append(claim.Value);
            builder.Append(", \"unit\": ").Append(JsonText.Quote(claim.Unit));
            builder.Append(", \"period\": ").Append(JsonText.Quote(claim.Period));
            builder.Append(", \"source\": ").Append(JsonText.Quote(claim.Source));
            builder.Append(", \"note\": ").Append(JsonText.Quote(claim.Note));
            if (claim.IsDerived)
            {
                builder.Append(", \"flags\": [\"derived\"]");
                builder.Append(", \"derivedFrom\": [").Append(string.Join(", ", claim.DerivedFrom.Select(JsonText.Quote))).Append(']');
            }

            return builder.Append(" }").ToString();
        }

        public static byte[] Encode(string text) => Utf8.GetBytes(text);

        private static string? Text(JsonElement root, string name, string path) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw new ImportException($"{path}: field '{name}' is missing or not a string");
    }
}
