using System.Collections.Immutable;
using NodaTime;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>
    /// One metric's claims across the subjects of one kind, as columns of plain arrays: subject <c>i</c>'s claims are the
    /// rows <c>Start[i]</c> to <c>Start[i + 1]</c>, in the subject's file order. A scan reads the period ends, flags and
    /// numbers from these arrays and touches a <see cref="Claim"/> object only for the rows it keeps: on a large set every
    /// claim object is a cache miss away, the arrays are not.
    /// </summary>
    internal sealed class MetricColumn
    {
        /// <summary>The claim is flagged suspect by a plausibility screen.</summary>
        public const byte Suspect = 1;

        /// <summary>The claim counts the metric's standard definition and the whole subject (it competes for the standard figure).</summary>
        public const byte CompetesStandard = 2;

        /// <summary>The claim's value is a number (in <see cref="Number"/>).</summary>
        public const byte IsNumber = 4;

        public MetricColumn(ImmutableArray<Claim>[] bySubject, System.Collections.Generic.IReadOnlyDictionary<string, Source> sources)
        {
            BySubject = bySubject;
            Start = new int[bySubject.Length + 1];
            var rows = 0;
            for (var i = 0; i < bySubject.Length; i++)
            {
                Start[i] = rows;
                rows += bySubject[i].Length;
            }

            Start[bySubject.Length] = rows;
            Claims = new Claim[rows];
            End = new int[rows];
            Flags = new byte[rows];
            Number = new decimal[rows];
            KindRank = new int[rows];
            var row = 0;
            foreach (var claims in bySubject)
            {
                foreach (var claim in claims)
                {
                    Claims[row] = claim;
                    End[row] = DayKey(claim.Period.End);
                    Flags[row] = (byte)((claim.Has(ClaimFlags.Suspect) ? Suspect : 0) | (PreferenceRule.Competes(claim, null) ? CompetesStandard : 0) | (claim.Value.Kind == ClaimValueKind.Number ? IsNumber : 0));
                    Number[row] = claim.Value.Kind == ClaimValueKind.Number ? claim.Value.Number : 0m;
                    KindRank[row] = PreferenceRule.KindRank(sources.TryGetValue(claim.SourceId, out var source) ? source : null);
                    row++;
                }
            }
        }

        /// <summary>Each subject's claims for the metric, as its claim set holds them.</summary>
        public ImmutableArray<Claim>[] BySubject { get; }

        /// <summary>Where each subject's rows start; one more entry than subjects, the last the number of rows.</summary>
        public int[] Start { get; }

        /// <summary>The claim of each row.</summary>
        public Claim[] Claims { get; }

        /// <summary>The last day of each row's period, as <see cref="DayKey"/>.</summary>
        public int[] End { get; }

        /// <summary>Each row's <see cref="Suspect"/>, <see cref="CompetesStandard"/> and <see cref="IsNumber"/> bits.</summary>
        public byte[] Flags { get; }

        /// <summary>Each row's value when it is a number, else 0.</summary>
        public decimal[] Number { get; }

        /// <summary>Each row's rank of its source's kind in the preference rule (<see cref="PreferenceRule.KindRank"/>), read from the index's sources.</summary>
        public int[] KindRank { get; }

        /// <summary>A day as a number that orders as the days do (not a count of days: only comparisons are meaningful).</summary>
        public static int DayKey(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;
    }
}
