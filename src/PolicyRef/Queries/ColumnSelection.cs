using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// <see cref="PreferenceRule.Default"/>'s selection of the standard definition's figure as of a date, read from a
    /// <see cref="MetricColumn"/>: the same steps as <see cref="PreferenceRule.SelectFrom"/>, with the dates and flags
    /// read from the column's arrays, so that only the claims that reach the rule's later steps are touched.
    /// The ranking's test compares it with the rule applied to each subject's claims.
    /// </summary>
    internal static class ColumnSelection
    {
        /// <summary>The selection for subject <paramref name="subject"/> of the column, or null; <paramref name="row"/> is the chosen claim's row.</summary>
        public static ClaimSelection? Select(MetricColumn column, int subject, MetricDefinition metric, IReadOnlyDictionary<string, Source> sources, int asOfKey, out int row)
        {
            row = -1;
            var low = column.Start[subject];
            var high = column.Start[subject + 1];
            var end = column.End;
            var flags = column.Flags;
            var varying = metric.Temporality == MetricTemporality.Varying;
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
                return null;
            }

            if (!anySound)
            {
                latest = latestSuspect;
            }

            var claims = column.Claims;
            var candidates = column.BySubject[subject];
            var aside = ImmutableArray<Claim>.Empty;
            if (count < high - low)
            {
                // As the rule does: the competing claims, and those dated in time that do not compete, each in file order.
                var competing = ImmutableArray.CreateBuilder<Claim>(count);
                var setAside = ImmutableArray.CreateBuilder<Claim>();
                for (var r = low; r < high; r++)
                {
                    if (end[r] <= asOfKey)
                    {
                        ((flags[r] & MetricColumn.CompetesStandard) != 0 ? competing : setAside).Add(claims[r]);
                    }
                }

                candidates = competing.MoveToImmutable();
                aside = setAside.ToImmutable();
            }

            var contenders = 0;
            for (var r = low; r < high; r++)
            {
                if (InBestClass(end[r], flags[r], asOfKey, anySound, varying, latest))
                {
                    row = row < 0 ? r : row;
                    contenders++;
                }
            }

            if (candidates.Length > 1 && contenders > 1)
            {
                var support = new Corroboration(candidates, metric, sources);
                var best = -1;
                for (var r = low; r < high; r++)
                {
                    if (InBestClass(end[r], flags[r], asOfKey, anySound, varying, latest) && (best < 0 || PreferenceRule.Compare(claims[r], claims[best], metric, sources, support).Order < 0))
                    {
                        best = r;
                    }
                }

                row = best;
            }

            return new ClaimSelection(metric, claims[row], candidates, sources, null, aside);
        }

        private static bool InBestClass(int end, byte flags, int asOfKey, bool anySound, bool varying, int latest) =>
            end <= asOfKey && (flags & MetricColumn.CompetesStandard) != 0 && (!anySound || (flags & MetricColumn.Suspect) == 0) && (!varying || end == latest);
    }
}
