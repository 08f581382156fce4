using System.Collections.Generic;
using PolicyRef.Model;

namespace PolicyRef.DataImport
{
    /// <summary>
    /// A claim produced from a bulk file. <see cref="Value"/> is the JSON number text: the file's own digits
    /// for values read from a file, or PolicyRef's rounded result for derived values.
    /// </summary>
    internal sealed record BulkClaim(
        string EntityId,
        string Metric,
        string Value,
        decimal Number,
        string Unit,
        string Period,
        string Source,
        string Note,
        IReadOnlyList<string> DerivedFrom)
    {
        public bool IsDerived => DerivedFrom.Count > 0;

        /// <summary>
        /// The id of the metric variant the claim counts, set by an importer rule for rows of another scope (UNODC's
        /// adults-only capacity, say); null for the metric's standard definition.
        /// </summary>
        public string? Definition { get; init; }

        /// <summary>Flags a curated annotation adds (a figure another source shows to be an estimate, say).</summary>
        public ClaimFlags AddedFlags { get; init; }

        /// <summary>The doubt a curated annotation states about the claim (the figure belongs to another period, say), or null.</summary>
        public ClaimDoubt? Doubt { get; init; }

        /// <summary>Every flag the claim is written with.</summary>
        public ClaimFlags Flags => (IsDerived ? ClaimFlags.Derived : ClaimFlags.None) | AddedFlags;
    }
}
