using System;
using System.Collections.Generic;
using System.Linq;
using PolicyRef.Export;
using PolicyRef.Model;

namespace PolicyRef.DataImport.Changelog
{
    /// <summary>
    /// The preferred figures that changed between two data sets: for every cell (subject, metric, period as written)
    /// the claim the export marks preferred in each set, compared, with the reason for each change.
    /// </summary>
    internal static class PreferredFigureDiff
    {
        /// <summary>The changed cells, ordered by subject kind and id, metric and period.</summary>
        public static IReadOnlyList<PreferredChange> Compare(PolicyReference before, PolicyReference after)
        {
            var old = Cells(before);
            var now = Cells(after);
            var oldClaims = ClaimsByIdentity(before);
            var newClaims = ClaimsByIdentity(after);
            var changes = new List<PreferredChange>();
            foreach (var key in old.Keys.Union(now.Keys).OrderBy(k => k, CellKey.Order))
            {
                old.TryGetValue(key, out var was);
                now.TryGetValue(key, out var @is);
                if (was is not null && @is is not null && Same(was.Claim, @is.Claim))
                {
                    continue;
                }

                var subject = @is?.Subject ?? was!.Subject;
                var (reason, detail) = Explain(was?.Claim, @is?.Claim, key, oldClaims, newClaims);
                changes.Add(new PreferredChange(subject, new MetricId(key.Metric), key.Period, was?.Claim, @is?.Claim, reason, detail));
            }

            return changes;
        }

        /// <summary>
        /// The first that holds: the claim preferred before is still there but now a variant, a part or suspect; its value
        /// was edited; the claim preferred now is new; the claim preferred before is gone; else the rule chose another.
        /// </summary>
        private static (ChangeReason, string) Explain(Claim? was, Claim? @is, CellKey key, ILookup<ClaimKey, Claim> oldClaims, ILookup<ClaimKey, Claim> newClaims)
        {
            var wasGone = false;
            if (was is not null)
            {
                var still = newClaims[ClaimKey.Of(key, was, withValue: true)].FirstOrDefault();
                if (still is not null)
                {
                    if (still.Definition is not null && still.Definition != was.Definition)
                    {
                        return (ChangeReason.BecameVariant, still.Definition);
                    }

                    if (still.Part is not null && was.Part is null)
                    {
                        return (ChangeReason.BecamePart, still.Part.Label);
                    }

                    if (still.SuspectReason is not null && was.SuspectReason is null)
                    {
                        return (ChangeReason.BecameSuspect, still.SuspectReason);
                    }
                }
                else
                {
                    var edited = newClaims[ClaimKey.Of(key, was, withValue: false)].ToList();
                    if (edited.Count == 1 && oldClaims[ClaimKey.Of(key, was, withValue: false)].Count() == 1)
                    {
                        return (ChangeReason.ValueEdited, $"{was.Value} → {edited[0].Value}");
                    }

                    wasGone = true;
                }
            }

            if (@is is not null && !oldClaims[ClaimKey.Of(key, @is, withValue: true)].Any())
            {
                return (ChangeReason.NewClaimPreferred, string.Empty);
            }

            return wasGone ? (ChangeReason.Removed, string.Empty) : (ChangeReason.RuleChoseAnother, string.Empty);
        }

        /// <summary>Two claims are the same figure: value, source, period, definition, part, flags and doubt as before.</summary>
        private static bool Same(Claim a, Claim b) =>
            a.SourceId == b.SourceId && a.Value.Equals(b.Value) && a.Period.Equals(b.Period) && a.Definition == b.Definition
            && (a.Part is null) == (b.Part is null) && a.Flags == b.Flags && (a.SuspectReason is null) == (b.SuspectReason is null);

        private static Dictionary<CellKey, Preferred> Cells(PolicyReference reference)
        {
            var cells = new Dictionary<CellKey, Preferred>();
            foreach (var subject in reference.Subjects)
            {
                foreach (var row in Observations.Of(reference, subject).Where(o => o.Preferred))
                {
                    cells[CellKey.Of(subject, row.Claim)] = new Preferred(subject, row.Claim);
                }
            }

            return cells;
        }

        private static ILookup<ClaimKey, Claim> ClaimsByIdentity(PolicyReference reference) =>
            reference.Subjects
                .SelectMany(s => s.Claims.Select(c => (Subject: s, Claim: c)))
                .SelectMany(p => new[] { (ClaimKey.Of(CellKey.Of(p.Subject, p.Claim), p.Claim, withValue: true), p.Claim), (ClaimKey.Of(CellKey.Of(p.Subject, p.Claim), p.Claim, withValue: false), p.Claim) })
                .ToLookup(p => p.Item1, p => p.Item2);

        private sealed record Preferred(IClaimSubject Subject, Claim Claim);

        /// <summary>A cell: subject kind and id, metric, period as written.</summary>
        private sealed record CellKey(SubjectKind Kind, string Subject, string Metric, string Period)
        {
            public static readonly IComparer<CellKey> Order = Comparer<CellKey>.Create((a, b) =>
            {
                var order = a.Kind.CompareTo(b.Kind);
                order = order != 0 ? order : string.CompareOrdinal(a.Subject, b.Subject);
                order = order != 0 ? order : string.CompareOrdinal(a.Metric, b.Metric);
                return order != 0 ? order : string.CompareOrdinal(a.Period, b.Period);
            });

            public static CellKey Of(IClaimSubject subject, Claim claim) => new CellKey(subject.Kind, subject.Id, claim.Metric.Value, claim.Period.ToString());
        }

        /// <summary>A claim across the two sets: its cell and source, and its value unless <c>withValue</c> is false.</summary>
        private sealed record ClaimKey(CellKey Cell, string Source, string Value)
        {
            public static ClaimKey Of(CellKey cell, Claim claim, bool withValue) => new ClaimKey(cell, claim.SourceId, withValue ? claim.Value.ToString() : string.Empty);
        }
    }
}
