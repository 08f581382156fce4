using System;
using System.Text.RegularExpressions;

namespace PolicyRef.Model
{
    /// <summary>
    /// A country's ISO 3166-1 alpha-3 code (<c>SLV</c>), or the id of a sub-national jurisdiction that
    /// publishes its own figures, written as the country's code and a suffix (<c>GBR-EAW</c>).
    /// </summary>
    public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>
    {
        private static readonly Regex Pattern = new Regex(@"\A[A-Z]{3}(-[A-Z0-9]{1,6})?\z", RegexOptions.CultureInvariant);

        private readonly string? value;

        /// <summary>Creates a code.</summary>
        /// <param name="value">Three capital letters, optionally followed by a hyphen and a sub-national suffix.</param>
        /// <exception cref="FormatException">The text is not a code.</exception>
        public CountryCode(string value)
        {
            if (!IsWellFormed(value))
            {
                throw new FormatException($"'{value}' is not a country code (ISO 3166-1 alpha-3 in capitals, such as 'SLV').");
            }

            this.value = value;
        }

        /// <summary>The code text.</summary>
        public string Value => value ?? string.Empty;

        /// <summary>Whether this is a sub-national jurisdiction.</summary>
        public bool IsSubnational => Value.Length > 3;

        /// <summary>Equality.</summary>
        /// <param name="left">Left.</param>
        /// <param name="right">Right.</param>
        /// <returns>Whether equal.</returns>
        public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        /// <param name="left">Left.</param>
        /// <param name="right">Right.</param>
        /// <returns>Whether different.</returns>
        public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

        /// <summary>Whether the text is a well-formed code.</summary>
        /// <param name="value">The text.</param>
        /// <returns>True when well formed.</returns>
        public static bool IsWellFormed(string? value) => value is not null && Pattern.IsMatch(value);

        /// <inheritdoc />
        public bool Equals(CountryCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
