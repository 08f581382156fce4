using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>
    /// The claims of a file, from either load path: each is read into a <see cref="RawClaim"/> (from its JSON object on the
    /// full path, by <c>FastJsonReader</c> on the fast one) and handed to the one <see cref="ClaimRules"/>.
    /// </summary>
    internal static class ClaimReader
    {
        /// <summary>The full path: every problem of every claim reported with its place.</summary>
        public static ClaimSet FromJson(LoadState state, FieldReader owner, DataField field, SubjectKind kind, string subjectId)
        {
            var array = owner.Array(field);
            if (array is null)
            {
                return ClaimSet.Empty;
            }

            var list = new List<Claim>();
            foreach (var item in array)
            {
                var r = state.Reader(owner.File, item, ClaimFormat.Entity);
                if (r.IsValid)
                {
                    Accept(state, Read(r), owner.File, kind, subjectId, list);
                }
            }

            return new ClaimSet(list);
        }

        /// <summary>The fast path: the claims <c>FastJsonReader</c> read from the current file; a problem ends the attempt.</summary>
        public static ClaimSet FromRaw(LoadState state, string file, SubjectKind kind, string subjectId)
        {
            var raw = state.PendingRawClaims;
            if (raw is null || raw.Count == 0)
            {
                return raw is null ? ClaimSet.Empty : new ClaimSet(Array.Empty<Claim>());
            }

            var list = new List<Claim>(raw.Count);
            for (var i = 0; i < raw.Count; i++)
            {
                var claim = raw[i];
                if (claim.Metric is null || claim.Unit is null || claim.Period is null || claim.Source is null)
                {
                    // The full path reports which field is missing.
                    state.Log.Add(DataProblemKind.MissingField, file, null, "a required field of a claim is missing");
                }

                Accept(state, claim, file, kind, subjectId, list);
            }

            return new ClaimSet(list);
        }

        private static void Accept(LoadState state, in RawClaim raw, string file, SubjectKind kind, string subjectId, List<Claim> list)
        {
            var claim = state.ClaimRules.ToClaim(raw, file, kind, subjectId);
            if (claim is not null)
            {
                list.Add(claim);
                state.Claims.Add((claim, ClaimPlaces.Of(raw.At), file));
            }
            else if (raw.Source is not null)
            {
                state.SourceReferences.Add((raw.Source, TokenPlace.Of(raw.At?[ClaimFormat.Source.Name]), file, "claim"));
            }
        }

        /// <summary>A claim's fields as written; a missing, mistyped or unknown field or flag is reported here.</summary>
        private static RawClaim Read(FieldReader r)
        {
            var raw = new RawClaim
            {
                At = r.Object,
                Metric = r.String(ClaimFormat.Metric),
                Unit = r.String(ClaimFormat.Unit),
                Period = r.String(ClaimFormat.Period),
                Source = r.String(ClaimFormat.Source),
                Note = r.String(ClaimFormat.Note),
                DerivedFrom = r.Strings(ClaimFormat.DerivedFrom),
                Definition = r.String(ClaimFormat.Definition),
                Part = r.String(ClaimFormat.Part),
                PartLabel = r.String(ClaimFormat.PartLabel),
                PartOf = r.String(ClaimFormat.PartOf),
                Doubt = r.String(ClaimFormat.Doubt),
            };
            foreach (var flag in r.Strings(ClaimFormat.Flags))
            {
                if (Vocabulary.Flags.TryGetValue(flag, out var flagValue))
                {
                    raw.Flags |= flagValue;
                }
                else
                {
                    r.Report(DataProblemKind.InvalidValue, r.Token(ClaimFormat.Flags), $"unknown flag '{flag}'; expected any of: {string.Join(", ", Vocabulary.Flags.Keys)}.{NearestIds.Hint(flag, Vocabulary.Flags.Keys)}");
                }
            }

            var token = r.Token(ClaimFormat.Value);
            switch (token?.Type)
            {
                case null:
                case JTokenType.Null:
                    raw.ValueKind = RawValueKind.Missing;
                    break;
                case JTokenType.Integer when ((JValue)token).Value is BigInteger:
                    raw.ValueKind = RawValueKind.TooLarge;
                    break;
                case JTokenType.Integer:
                case JTokenType.Float:
                    raw.ValueKind = RawValueKind.Number;
                    raw.ValueNumber = Convert.ToDecimal(((JValue)token).Value, CultureInfo.InvariantCulture);
                    break;
                case JTokenType.String:
                    raw.ValueKind = RawValueKind.Text;
                    raw.ValueText = (string)token!;
                    break;
                default:
                    raw.ValueKind = RawValueKind.Other;
                    break;
            }

            return raw;
        }
    }
}
