using System.Collections.Generic;
using System.Collections.Immutable;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// <see cref="PreferenceRule.Default"/>'s selection of the standard definition's figure as of a date, read from a
    /// <see cref="MetricColumn"/>: the same steps as <see cref="PreferenceRule.SelectFrom"/>, with the dates and flags
    /// read from the column's arrays, so that only the claims that reach the rule's later steps are touched.
    /// <see cref="Choose"/> finds the chosen row alone (what a ranking sorts on); <see cref="Select"/> adds the
    /// selection with its alternatives, which a ranking builds only for the rows that are read.
    /// The ranking's test compares both with the rule applied to each subject's claims.
    /// </summary>
    internal static class ColumnSelection
    {
        /// <summary>The selection for subject <paramref name="subject"/> of the column, or null; <paramref name="row"/> is the chosen claim's row.</summary>
        public static ClaimSelection? Select(MetricColumn column, int subject, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, int asOfKey, out int row)
        {
            (ImmutableArray<Claim> Competing, ImmutableArray<Claim> Aside)? competition = null;
            row = ChooseRow(column, subject, metric, sources, asOfKey, ref competition);
            if (row < 0)
            {
                return null;
            }

            var (candidates, aside) = competition ?? Competition(column, subject, asOfKey);
            return new ClaimSelection(metric, column.Claims[row], candidates, sources, null, aside);
        }

        /// <summary>The row of the claim the rule chooses for subject <paramref name="subject"/>, or -1 when none competes by <paramref name="asOfKey"/>.</summary>
        public static int Choose(MetricColumn column, int subject, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, int asOfKey)
        {
            (ImmutableArray<Claim> Competing, ImmutableArray<Claim> Aside)? competition = null;
            return ChooseRow(column, subject, metric, sources, asOfKey, ref competition);
        }

        // The split into competing and set-aside claims is made only when corroboration needs it, and handed back so that a
        // selection built after the choice does not make it again.
        private static int ChooseRow(MetricColumn column, int subject, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, int asOfKey, ref (ImmutableArray<Claim> Competing, ImmutableArray<Claim> Aside)? competition)
        {
            var low = column.Start[subject];
            var high = column.Start[subject + 1];
            var end = column.End;
            var flags = column.Flags;
            var latest = int.MinValue;
            var latestSuspect = int.MinValue;
            var count = 0;
            var anySound = false;
            for (var r = low; r < high; r++)
            {
                if (end[r] > asOfKey || (flags[r] & MetricColumn.CompetesStandard) == 0)
                {
                    continue;
                }

                count++;
                if ((flags[r] & MetricColumn.Suspect) != 0)
                {
                    latestSuspect = end[r] > latestSuspect ? end[r] : latestSuspect;
                }
                else
                {
                    anySound = true;
                    latest = end[r] > latest ? end[r] : latest;
                }
            }

            if (count == 0)
            {
                return -1;
            }

            if (!anySound)
            {
                latest = latestSuspect;
            }

            var varying = metric.Temporality == MetricTemporality.Varying;
            // The rule's first steps (suspect, then recency for a varying metric) leave the best class; its next step prefers
            // the source kind ranked first, read here from the column, so only claims of that kind contend further.
            var kind = column.KindRank;
            var bestKind = int.MaxValue;
            for (var r = low; r < high; r++)
            {
                if (InBestClass(end[r], flags[r], asOfKey, anySound, varying, latest) && kind[r] < bestKind)
                {
                    bestKind = kind[r];
                }
            }

            var row = -1;
            var contenders = 0;
            for (var r = low; r < high; r++)
            {
                if (kind[r] == bestKind && InBestClass(end[r], flags[r], asOfKey, anySound, varying, latest))
                {
                    row = row < 0 ? r : row;
                    contenders++;
                }
            }

            if (contenders == 1)
            {
                return row;
            }

            // Several claims share the best class: the rule's later steps decide, and corroboration counts over every competing claim.
            var claims = column.Claims;
            competition = Competition(column, subject, asOfKey);
            var support = new Corroboration(competition.Value.Competing, metric, sources);
            var best = -1;
            for (var r = low; r < high; r++)
            {
                if (kind[r] == bestKind && InBestClass(end[r], flags[r], asOfKey, anySound, varying, latest) && (best < 0 || PreferenceRule.Compare(claims[r], claims[best], metric, sources, support).Order < 0))
                {
                    best = r;
                }
            }

            return best;
        }

        /// <summary>As the rule splits them: the competing claims, and those dated in time that do not compete, each in file order.</summary>
        private static (ImmutableArray<Claim> Competing, ImmutableArray<Claim> Aside) Competition(MetricColumn column, int subject, int asOfKey)
        {
            var low = column.Start[subject];
            var high = column.Start[subject + 1];
            var end = column.End;
            var flags = column.Flags;
            var count = 0;
            for (var r = low; r < high; r++)
            {
                count += end[r] <= asOfKey && (flags[r] & MetricColumn.CompetesStandard) != 0 ? 1 : 0;
            }

            if (count == high - low)
            {
                return (column.BySubject[subject], ImmutableArray<Claim>.Empty);
            }

            var competing = ImmutableArray.CreateBuilder<Claim>(count);
            var setAside = ImmutableArray.CreateBuilder<Claim>();
            for (var r = low; r < high; r++)
            {
                if (end[r] <= asOfKey)
                {
                    ((flags[r] & MetricColumn.CompetesStandard) != 0 ? competing : setAside).Add(column.Claims[r]);
                }
            }

            return (competing.MoveToImmutable(), setAside.ToImmutable());
        }

        private static bool InBestClass(int end, byte flags, int asOfKey, bool anySound, bool varying, int latest) =>
            end <= asOfKey && (flags & MetricColumn.CompetesStandard) != 0 && (!anySound || (flags & MetricColumn.Suspect) == 0) && (!varying || end == latest);
    }
}
