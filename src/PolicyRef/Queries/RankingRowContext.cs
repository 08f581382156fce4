using System;
using System.Collections.Immutable;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>What a ranking's rows are warned about and where their figures come from, shared by its rows, each of which asks only when read.</summary>
    internal sealed class RankingRowContext
    {
        /// <summary>Figures older than this at the as-of date are flagged as stale.</summary>
        private const int StaleAfterYears = 3;

        private readonly DataIndex reference;
        private readonly LocalDate asOf;
        private readonly LocalDate staleBefore;
        private readonly string staleSuffix;
        private readonly bool prisonMetric;
        private readonly MetricColumn? column;

        public RankingRowContext(DataIndex reference, MetricDefinition metric, LocalDate asOf, MetricColumn? column = null)
        {
            this.reference = reference;
            this.asOf = asOf;
            this.column = column;
            Metric = metric;
            staleBefore = asOf.PlusYears(-StaleAfterYears);
            staleSuffix = $", more than {StaleAfterYears} years before {asOf:uuuu-MM-dd}";
            prisonMetric = metric.Id.Value.StartsWith("prison-", StringComparison.Ordinal);
        }

        /// <summary>The metric ranked on.</summary>
        public MetricDefinition Metric { get; }

        /// <summary>The selection of the subject at <paramref name="subjectIndex"/> of the column, whose chosen claim is <paramref name="chosen"/>.</summary>
        public ClaimSelection SelectionAt(int subjectIndex, Claim chosen)
        {
            var selection = column is null ? null : ColumnSelection.Select(column, subjectIndex, Metric, reference.SourcesById, MetricColumn.DayKey(asOf), out _);
            return selection is not null && ReferenceEquals(selection.Chosen, chosen)
                ? selection
                : throw new InvalidOperationException("A ranking row's selection no longer chooses the claim it was ranked on.");
        }

        /// <summary>The source of a row's claim (every claim's source exists: the loader checks it).</summary>
        public Source SourceOf(Claim claim) => reference.GetSource(claim.SourceId);

        public ImmutableArray<string> For(IClaimSubject subject, Claim claim)
        {
            ImmutableArray<string>.Builder? warnings = null;
            if (claim.Period.End < staleBefore)
            {
                warnings = ImmutableArray.CreateBuilder<string>();
                warnings.Add("latest figure is for " + claim.Period + staleSuffix);
            }

            if (prisonMetric && subject is Country country && reference.HasPublicationClaims(country) && reference.WithheldStatistics(country, asOf) is { } withheld)
            {
                warnings ??= ImmutableArray.CreateBuilder<string>();
                warnings.Add($"prison statistics reported as withheld ({withheld.Period}) [{withheld.SourceId}]");
            }

            return warnings is null ? ImmutableArray<string>.Empty : warnings.ToImmutable();
        }
    }
}
