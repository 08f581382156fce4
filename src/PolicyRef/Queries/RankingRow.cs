using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One subject in a <see cref="Ranking"/>: its rank, its figure, the period the figure is for, and its source.</summary>
    public sealed class RankingRow
    {
        private readonly RankingRowContext context;
        private System.Collections.Immutable.ImmutableArray<string> warnings;
        private Source? source;

        internal RankingRow(int rank, IClaimSubject subject, ClaimSelection selection, RankingRowContext context)
        {
            Rank = rank;
            Subject = subject;
            Selection = selection;
            this.context = context;
        }

        /// <summary>Why the figure may be stale: statistics reported as withheld, or a figure several years older than the as-of date.</summary>
        public System.Collections.Immutable.ImmutableArray<string> Warnings
        {
            get
            {
                // Worked out when first read (a ranking that is not printed never needs them); the same every time.
                if (warnings.IsDefault)
                {
                    System.Collections.Immutable.ImmutableInterlocked.InterlockedInitialize(ref warnings, context.For(Subject, Selection.Chosen));
                }

                return warnings;
            }
        }

        /// <summary>The rank, from 1; tied values share a rank (1, 2, 2, 4).</summary>
        public int Rank { get; }

        /// <summary>The country or facility.</summary>
        public IClaimSubject Subject { get; }

        /// <summary>The claim ranked on, with its alternatives.</summary>
        public ClaimSelection Selection { get; }

        /// <summary>The claim ranked on.</summary>
        public Claim Claim => Selection.Chosen;

        /// <summary>The value ranked on.</summary>
        public decimal Value => Selection.Chosen.Value.Number;

        /// <summary>The period the value is actually for, which differs between rows.</summary>
        public ReferencePeriod Period => Selection.Chosen.Period;

        /// <summary>The source of the value.</summary>
        public Source Source => source ??= context.SourceOf(Selection.Chosen);

        /// <inheritdoc />
        public override string ToString() => $"{Rank}. {Subject.DisplayName}: {ClaimFormatter.FormatValue(Claim, Selection.Metric)} ({Period}) [{Source.Id}]";
    }
}
