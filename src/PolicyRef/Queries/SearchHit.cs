using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>A subject found by name, alias or local name.</summary>
    public sealed class SearchHit
    {
        internal SearchHit(IClaimSubject subject, string matchedName)
        {
            Subject = subject;
            MatchedName = matchedName;
        }

        /// <summary>The country, facility or policy.</summary>
        public IClaimSubject Subject { get; }

        /// <summary>The name or alias that matched.</summary>
        public string MatchedName { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Subject.Kind.ToString().ToLowerInvariant()} {Subject.Id}: {MatchedName}";
    }
}
