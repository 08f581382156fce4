using System.Collections.Generic;

namespace PolicyRef.Model
{
    /// <summary>
    /// A claim with what the preference rule's later steps read of it: its source, corroboration and value as text, looked up once
    /// when a whole list is sorted, or, for a single comparison, only when a step needs them.
    /// </summary>
    internal readonly struct RankedClaim
    {
        private readonly bool lookedUp;
        private readonly Source? source;
        private readonly string? valueText;
        private readonly int support;

        /// <summary>A claim whose source and value text are looked up when asked.</summary>
        public RankedClaim(Claim claim)
        {
            Claim = claim;
            lookedUp = false;
            source = null;
            valueText = null;
            support = 0;
        }

        /// <summary>A claim whose source, corroboration and value text are looked up now.</summary>
        public RankedClaim(Claim claim, IReadOnlyDictionary<string, Source> sources, Corroboration corroboration)
        {
            Claim = claim;
            lookedUp = true;
            sources.TryGetValue(claim.SourceId, out source);
            valueText = claim.Value.ToString();
            support = corroboration.Of(claim);
        }

        public Claim Claim { get; }

        public string ValueText => valueText ?? Claim.Value.ToString();

        public int SupportIn(Corroboration corroboration) => lookedUp ? support : corroboration.Of(Claim);

        public Source? SourceIn(IReadOnlyDictionary<string, Source> sources)
        {
            if (lookedUp)
            {
                return source;
            }

            sources.TryGetValue(Claim.SourceId, out var found);
            return found;
        }
    }
}
