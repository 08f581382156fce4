#if NET
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>
    /// Thrown by the fast load path whenever anything is not exactly as a valid data set has it: the loader then
    /// starts again on the full reader (<see cref="JsonDocumentReader"/>), which finds and reports every problem.
    /// </summary>
    internal sealed class FastPathAbandonedException : Exception
    {
        public FastPathAbandonedException()
            : base("the fast load path met something it does not handle")
        {
        }

        public FastPathAbandonedException(string message)
            : base(message)
        {
        }

        public FastPathAbandonedException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }

    /// <summary>
    /// The fast reader of the load path for valid data: System.Text.Json's UTF-8 reader, no line information, claims
    /// read straight into <see cref="RawClaim"/>s (the rest of a file into small JSON trees for the same checks as the full
    /// reader). It accepts only what the full reader accepts with the same meaning, and gives up
    /// (<see cref="FastPathAbandonedException"/>) on anything else: comments, trailing commas, exponents, negative zero,
    /// numbers of more than 18 digits, duplicate or unknown claim fields, a byte-order mark inside, invalid UTF-8. Repeated
    /// short strings (ids, units, periods, notes) are shared within a load.
    /// </summary>
    internal sealed class FastJsonReader
    {
        private const int MaxCachedNotes = 1 << 16;

        private static readonly JsonReaderOptions Options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = JsonDocumentReader.MaxDepth,
        };

        private readonly Dictionary<string, string> strings = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> notes = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> stringLookup;
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> noteLookup;

        // Countries, facilities and policies all call their claims array by the same name.
        private static readonly string ClaimsFieldName = CountryFormat.Claims.Name;

        public FastJsonReader()
        {
            stringLookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
            noteLookup = notes.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>
        /// Reads one file. For countries, facilities and policies, the root's <c>claims</c> array is read into
        /// <paramref name="claims"/> and stands in the tree as an empty array.
        /// </summary>
        public JToken Read(DataFile file, bool hasClaims, out List<RawClaim>? claims)
        {
            claims = null;
            ReadOnlySpan<byte> bytes = file.Content;
            if (bytes.Length > JsonDocumentReader.MaxFileBytes || !System.Text.Unicode.Utf8.IsValid(bytes))
            {
                throw new FastPathAbandonedException();
            }

            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                bytes = bytes.Slice(3);
            }

            try
            {
                var reader = new Utf8JsonReader(bytes, Options);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new FastPathAbandonedException();
                }

                var root = new JObject();
                var claimsName = ClaimsFieldName;
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    Next(ref reader);
                    if (hasClaims && name == claimsName)
                    {
                        if (reader.TokenType != JsonTokenType.StartArray || claims is not null)
                        {
                            throw new FastPathAbandonedException();
                        }

                        claims = ReadClaims(ref reader);
                        root.Add(name, new JArray());
                    }
                    else
                    {
                        root.Add(name, ReadToken(ref reader));
                    }
                }

                // Exactly one JSON value: anything after it but white space makes the reader throw.
                if (reader.Read())
                {
                    throw new FastPathAbandonedException();
                }

                return root;
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is ArgumentException || e is FormatException || e is OverflowException)
            {
                throw new FastPathAbandonedException("the fast load path gave up on " + file.Path, e);
            }
        }

        private static JsonTokenType Next(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                throw new FastPathAbandonedException();
            }

            return reader.TokenType;
        }

        private JToken ReadToken(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var obj = new JObject();
                    while (Next(ref reader) == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString()!;
                        Next(ref reader);

                        // JObject.Add refuses a name twice (ArgumentException), as the full reader does.
                        obj.Add(name, ReadToken(ref reader));
                    }

                    return obj;
                case JsonTokenType.StartArray:
                    var array = new JArray();
                    while (Next(ref reader) != JsonTokenType.EndArray)
                    {
                        array.Add(ReadToken(ref reader));
                    }

                    return array;
                case JsonTokenType.String:
                    return new JValue(reader.GetString());
                case JsonTokenType.Number:
                    var number = Number(ref reader, out var integer);
                    return integer ? new JValue((long)number) : new JValue(number);
                case JsonTokenType.True:
                    return new JValue(true);
                case JsonTokenType.False:
                    return new JValue(false);
                case JsonTokenType.Null:
                    return JValue.CreateNull();
                default:
                    throw new FastPathAbandonedException();
            }
        }

        private List<RawClaim> ReadClaims(ref Utf8JsonReader reader)
        {
            var claims = new List<RawClaim>();
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new FastPathAbandonedException();
                }

                var claim = default(RawClaim);
                var seen = 0;
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    var field = Field(ref reader, out var bit);
                    if ((seen & bit) != 0)
                    {
                        throw new FastPathAbandonedException();
                    }

                    seen |= bit;
                    Next(ref reader);
                    if (field == ClaimFormat.Metric)
                    {
                        claim.Metric = RequiredText(ref reader);
                    }
                    else if (field == ClaimFormat.Value)
                    {
                        ReadValue(ref reader, ref claim);
                    }
                    else if (field == ClaimFormat.Unit)
                    {
                        claim.Unit = RequiredText(ref reader);
                    }
                    else if (field == ClaimFormat.Period)
                    {
                        claim.Period = RequiredText(ref reader);
                    }
                    else if (field == ClaimFormat.Source)
                    {
                        claim.Source = RequiredText(ref reader);
                    }
                    else if (field == ClaimFormat.Note)
                    {
                        claim.Note = reader.TokenType == JsonTokenType.Null ? null : Text(ref reader, notes: true);
                    }
                    else if (field == ClaimFormat.Flags)
                    {
                        claim.Flags = ReadFlags(ref reader);
                    }
                    else if (field == ClaimFormat.DerivedFrom)
                    {
                        claim.DerivedFrom = ReadStrings(ref reader);
                    }
                    else
                    {
                        // A field added to the layout must be read here too.
                        throw new FastPathAbandonedException();
                    }
                }

                claims.Add(claim);
            }

            return claims;
        }

        /// <summary>The claim field of <see cref="ClaimFormat"/> with this name, and a bit of its own; an unknown field gives up.</summary>
        private static DataField Field(ref Utf8JsonReader reader, out int bit)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                var name = reader.ValueSpan;
                var fields = ClaimFormat.Entity.Fields;
                for (var i = 0; i < fields.Length; i++)
                {
                    if (name.SequenceEqual(fields[i].Utf8Name))
                    {
                        bit = 1 << i;
                        return fields[i];
                    }
                }
            }

            throw new FastPathAbandonedException();
        }

        private static void ReadValue(ref Utf8JsonReader reader, ref RawClaim claim)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                claim.ValueKind = RawValueKind.Number;
                claim.ValueNumber = Number(ref reader, out _);
            }
            else if (reader.TokenType == JsonTokenType.String)
            {
                claim.ValueKind = RawValueKind.Text;
                claim.ValueText = reader.GetString();
            }
            else
            {
                throw new FastPathAbandonedException();
            }
        }

        private string RequiredText(ref Utf8JsonReader reader) => Text(ref reader, notes: false);

        /// <summary>A non-blank string, shared with earlier equal strings of the load.</summary>
        private string Text(ref Utf8JsonReader reader, bool notes)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new FastPathAbandonedException();
            }

            string text;
            var span = reader.ValueSpan;
            if (!reader.ValueIsEscaped && !reader.HasValueSequence && span.Length <= 512)
            {
                Span<char> chars = stackalloc char[span.Length];
                var length = Encoding.UTF8.GetChars(span, chars);
                chars = chars.Slice(0, length);
                var lookup = notes ? noteLookup : stringLookup;
                if (!lookup.TryGetValue(chars, out var shared))
                {
                    shared = new string(chars);
                    if (!notes || this.notes.Count < MaxCachedNotes)
                    {
                        (notes ? this.notes : strings)[shared] = shared;
                    }
                }

                text = shared;
            }
            else
            {
                text = reader.GetString()!;
            }

            if (text.Trim().Length == 0)
            {
                throw new FastPathAbandonedException();
            }

            return text;
        }

        private ClaimFlags ReadFlags(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return ClaimFlags.None;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new FastPathAbandonedException();
            }

            var flags = ClaimFlags.None;
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                flags |= Vocabulary.Flags.TryGetValue(Text(ref reader, notes: false), out var flag) ? flag : throw new FastPathAbandonedException();
            }

            return flags;
        }

        private ImmutableArray<string> ReadStrings(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return ImmutableArray<string>.Empty;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new FastPathAbandonedException();
            }

            var builder = ImmutableArray.CreateBuilder<string>();
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                builder.Add(Text(ref reader, notes: true));
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// A JSON number as the full reader reads it (a 64-bit integer, else a decimal with the written scale), for plain
        /// numbers only: an optional minus, at most 18 significant digits, an optional fraction, no exponent, not -0.
        /// </summary>
        private static decimal Number(ref Utf8JsonReader reader, out bool integer)
        {
            if (reader.HasValueSequence)
            {
                throw new FastPathAbandonedException();
            }

            var text = reader.ValueSpan;
            var i = 0;
            var negative = false;
            if (text.Length > 0 && text[0] == (byte)'-')
            {
                negative = true;
                i = 1;
            }

            ulong mantissa = 0;
            var digits = 0;
            var scale = 0;
            var dot = false;
            var any = false;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c == (byte)'.' && !dot)
                {
                    dot = true;
                    continue;
                }

                if (c < (byte)'0' || c > (byte)'9')
                {
                    throw new FastPathAbandonedException();
                }

                any = true;
                if (digits > 0 || c != (byte)'0')
                {
                    digits++;
                }

                if (digits > 18)
                {
                    throw new FastPathAbandonedException();
                }

                mantissa = (mantissa * 10) + (ulong)(c - (byte)'0');
                if (dot)
                {
                    scale++;
                }
            }

            if (!any || (negative && mantissa == 0))
            {
                throw new FastPathAbandonedException();
            }

            integer = !dot;
            return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        }
    }
}
#endif
