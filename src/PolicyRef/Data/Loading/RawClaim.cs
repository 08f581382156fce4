using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>What a claim's value is as written, before the unit says what it must be.</summary>
    internal enum RawValueKind : byte
    {
        /// <summary>No value, or null.</summary>
        Missing,

        /// <summary>A JSON number that fits a decimal.</summary>
        Number,

        /// <summary>A JSON string.</summary>
        Text,

        /// <summary>A JSON integer too large for a decimal.</summary>
        TooLarge,

        /// <summary>Anything else (a boolean, an object, an array).</summary>
        Other,
    }

    /// <summary>
    /// One claim as written, read by either load path (<see cref="ClaimReader"/>): the fields' text and the value as
    /// found, not yet checked. <see cref="ClaimRules"/> turns it into a <see cref="Claim"/>.
    /// </summary>
    internal struct RawClaim
    {
        public string? Metric;
        public string? Unit;
        public string? Period;
        public string? Source;
        public string? Note;
        public RawValueKind ValueKind;
        public decimal ValueNumber;
        public string? ValueText;
        public ClaimFlags Flags;
        public ImmutableArray<string> DerivedFrom;

        /// <summary>The object the claim was read from, for the place of a problem; null on the fast path.</summary>
        public JObject? At;
    }
}
