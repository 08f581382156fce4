using System;
using System.Text.RegularExpressions;

namespace PolicyRef.Model
{
    /// <summary>A metric's stable lower-kebab-case id, such as <c>prison-population-rate</c>.</summary>
    public readonly struct MetricId : IEquatable<MetricId>, IComparable<MetricId>
    {
        private static readonly Regex Pattern = new Regex(@"\A[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant);

        private readonly string? value;

        // Kept with the id: dictionaries keyed by metric are probed in every query's inner loop.
        private readonly int hash;

        /// <summary>Creates a metric id.</summary>
        /// <param name="value">A lower-kebab-case id.</param>
        /// <exception cref="FormatException">The id is not lower-kebab-case.</exception>
        public MetricId(string value)
        {
            if (value is null || !Pattern.IsMatch(value))
            {
                throw new FormatException($"'{value}' is not a metric id (lower-kebab-case, such as 'prison-population-rate').");
            }

            // Interned, so that ids read from data and the Metrics handles are one instance and compare by reference.
            this.value = string.Intern(value);
            hash = StringComparer.Ordinal.GetHashCode(this.value);
        }

        /// <summary>The id text.</summary>
        public string Value => value ?? string.Empty;

        /// <summary>Equality.</summary>
        /// <param name="left">Left.</param>
        /// <param name="right">Right.</param>
        /// <returns>Whether equal.</returns>
        public static bool operator ==(MetricId left, MetricId right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        /// <param name="left">Left.</param>
        /// <param name="right">Right.</param>
        /// <returns>Whether different.</returns>
        public static bool operator !=(MetricId left, MetricId right) => !left.Equals(right);

        /// <summary>Whether the text is a well-formed metric id.</summary>
        /// <param name="value">The text.</param>
        /// <returns>True when lower-kebab-case.</returns>
        public static bool IsWellFormed(string? value) => value is not null && Pattern.IsMatch(value);

        /// <inheritdoc />
        public bool Equals(MetricId other) => ReferenceEquals(value, other.value) || string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is MetricId other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => value is null ? StringComparer.Ordinal.GetHashCode(string.Empty) : hash;

        /// <inheritdoc />
        public int CompareTo(MetricId other) => string.CompareOrdinal(Value, other.Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
