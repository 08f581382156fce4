using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>One subject in a <see cref="Ranking"/>: its rank, its figure, the period the figure is for, and its source.</summary>
    public sealed class RankingRow
    {
        private readonly RankingRowContext context;

        // The row of the subject in the metric's column, from which the selection is built when first read; -1 when given.
        private readonly int subjectIndex;
        private System.Collections.Immutable.ImmutableArray<string> warnings;
        private Source? source;
        private ClaimSelection? selection;

        internal RankingRow(int rank, IClaimSubject subject, ClaimSelection selection, RankingRowContext context)
        {
            Rank = rank;
            Subject = subject;
            this.selection = selection;
            Claim = selection.Chosen;
            this.context = context;
            subjectIndex = -1;
        }

        // A row read from a metric's column: the claim is known, its alternatives are gathered when the selection is read.
        internal RankingRow(int rank, IClaimSubject subject, Claim claim, int subjectIndex, RankingRowContext context)
        {
            Rank = rank;
            Subject = subject;
            Claim = claim;
            this.subjectIndex = subjectIndex;
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
                    System.Collections.Immutable.ImmutableInterlocked.InterlockedInitialize(ref warnings, context.For(Subject, Claim));
                }

                return warnings;
            }
        }

        /// <summary>The rank, from 1; tied values share a rank (1, 2, 2, 4).</summary>
        public int Rank { get; }

        /// <summary>The country or facility.</summary>
        public IClaimSubject Subject { get; }

        /// <summary>The claim ranked on, with its alternatives.</summary>
        public ClaimSelection Selection
        {
            get
            {
                // Built when first read (most rows of a large ranking never are); the same claims every time, so a race only builds it twice.
                if (selection is null)
                {
                    System.Threading.Interlocked.CompareExchange(ref selection, context.SelectionAt(subjectIndex, Claim), null);
                }

                return selection;
            }
        }

        /// <summary>The claim ranked on.</summary>
        public Claim Claim { get; }

        /// <summary>The value ranked on.</summary>
        public decimal Value => Claim.Value.Number;

        /// <summary>The period the value is actually for, which differs between rows.</summary>
        public ReferencePeriod Period => Claim.Period;

        /// <summary>The source of the value.</summary>
        public Source Source => source ??= context.SourceOf(Claim);

        /// <inheritdoc />
        public override string ToString() => $"{Rank}. {Subject.DisplayName}: {ClaimFormatter.FormatValue(Claim, context.Metric)} ({Period}) [{Source.Id}]";
    }
}
