using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One country's before and after windows in an impact analysis.</summary>
    public sealed class SubjectImpact
    {
        internal SubjectImpact(Country country, ImpactWindow before, ImpactWindow after)
        {
            Country = country;
            Before = before;
            After = after;
        }

        /// <summary>The country.</summary>
        public Country Country { get; }

        /// <summary>The window before the policy's start year.</summary>
        public ImpactWindow Before { get; }

        /// <summary>The window after the policy's start year.</summary>
        public ImpactWindow After { get; }

        /// <summary>The after mean minus the before mean; null when either window has no figure.</summary>
        public decimal? Change => Before.Mean is null || After.Mean is null ? null : After.Mean - Before.Mean;

        /// <summary>Whether both windows have a figure for every year.</summary>
        public bool IsComplete => Before.MissingYears.IsEmpty && After.MissingYears.IsEmpty;

        /// <inheritdoc />
        public override string ToString() => $"{Country.Name}: before {Before}; after {After}";
    }
}
