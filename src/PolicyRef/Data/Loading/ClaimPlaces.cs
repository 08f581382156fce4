using System;
using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;

namespace PolicyRef.Data
{
    /// <summary>
    /// Where a claim and the fields the reference check reports on were written, taken from its JSON object while the
    /// file's tree is in hand, so that the tree can be let go before the other files are read.
    /// </summary>
    internal sealed class ClaimPlaces
    {
        private static readonly DataField[] Fields = { ClaimFormat.Metric, ClaimFormat.Unit, ClaimFormat.Value, ClaimFormat.Source, ClaimFormat.Definition };

        private readonly TokenPlace whole;
        private readonly TokenPlace[] fields;

        private ClaimPlaces(JObject claim)
        {
            whole = TokenPlace.Of(claim);
            fields = Array.ConvertAll(Fields, f => TokenPlace.Of(claim[f.Name]));
        }

        /// <summary>The places of <paramref name="claim"/>'s fields; null for a claim read without positions (the fast path).</summary>
        public static ClaimPlaces? Of(JObject? claim) => claim is null ? null : new ClaimPlaces(claim);

        /// <summary>Where <paramref name="field"/> was written; where the claim was when the field is not one kept or was absent.</summary>
        public TokenPlace this[DataField field]
        {
            get
            {
                var i = Array.IndexOf(Fields, field);
                return i >= 0 && fields[i].Path.Length > 0 ? fields[i] : whole;
            }
        }
    }
}
