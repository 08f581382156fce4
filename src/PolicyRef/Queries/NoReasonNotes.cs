using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>
    /// Notes that acknowledge a difference without giving a reason: they name the other figure but say that no reason is
    /// recorded, that why the figures differ is not known, or that the publishers do not say why.
    /// </summary>
    internal static class NoReasonNotes
    {
        private static readonly Regex NoReason = new Regex(
            @"no reason (for [^.;]*?)?is (recorded|known|given)|none is recorded|\bis not known\b|\bnot known why\b|\bdo(es)? not say why\b|without a stated reason",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>Whether a note says that no reason for a difference is recorded.</summary>
        public static bool SaysNoReason(string? note) => !string.IsNullOrEmpty(note) && NoReason.IsMatch(note);

        /// <summary>
        /// Whether the notes that name another claim's figure all say no reason is recorded: the difference is acknowledged
        /// but not explained. False when some such note gives a reason, or when no note names another figure.
        /// </summary>
        public static bool OnlyAcknowledged(IReadOnlyList<Claim> claims)
        {
            var acknowledged = false;
            // Notes that give a reason are looked at first, so a conflict with one stops at its first mention.
            foreach (var claim in claims.Where(c => !string.IsNullOrEmpty(c.Note)).OrderBy(c => SaysNoReason(c.Note)))
            {
                var mentions = claims.Any(other => !ReferenceEquals(other, claim) && ClaimComparison.NoteMentions(claim, other));
                if (!mentions)
                {
                    continue;
                }

                if (!SaysNoReason(claim.Note))
                {
                    return false;
                }

                acknowledged = true;
            }

            return acknowledged;
        }
    }
}
