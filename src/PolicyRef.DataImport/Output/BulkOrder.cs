using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using PolicyRef.Data.Format;

namespace PolicyRef.DataImport.Output
{
    /// <summary>Where a bulk claim sorts in a country file: by metric, period, source, value and note.</summary>
    internal sealed record BulkOrder(string Metric, string Period, string Source, decimal Number, string Value, string Note) : IComparable<BulkOrder>
    {
        /// <summary>The place of a claim the import writes.</summary>
        public static BulkOrder Of(BulkClaim claim) => new BulkOrder(claim.Metric, claim.Period, claim.Source, claim.Number, claim.Value, claim.Note);

        /// <summary>The place of a bulk claim as a country file writes it (one claim's JSON text).</summary>
        public static BulkOrder Parse(string text)
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var value = root.TryGetProperty(ClaimFormat.Value.Name, out var v) ? v.GetRawText() : string.Empty;
            return new BulkOrder(
                Text(root, ClaimFormat.Metric),
                Text(root, ClaimFormat.Period),
                Text(root, ClaimFormat.Source),
                decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0m,
                value,
                Text(root, ClaimFormat.Note));
        }

        /// <inheritdoc/>
        public int CompareTo(BulkOrder? other)
        {
            if (other is null)
            {
                return 1;
            }

            var order = string.CompareOrdinal(Metric, other.Metric);
            order = order != 0 ? order : string.CompareOrdinal(Period, other.Period);
            order = order != 0 ? order : string.CompareOrdinal(Source, other.Source);
            order = order != 0 ? order : Number.CompareTo(other.Number);
            order = order != 0 ? order : string.CompareOrdinal(Value, other.Value);
            return order != 0 ? order : string.CompareOrdinal(Note, other.Note);
        }

        private static string Text(JsonElement root, DataField field) =>
            root.TryGetProperty(field.Name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() ?? string.Empty : string.Empty;
    }
}
