using System;
using System.Globalization;

namespace PolicyRef.Model
{
    /// <summary>The value of a claim: a number, a date or a category id.</summary>
    public sealed class ClaimValue : IEquatable<ClaimValue>
    {
        private readonly decimal number;
        private readonly ReferencePeriod? date;
        private readonly string? category;

        private ClaimValue(ClaimValueKind kind, decimal number, ReferencePeriod? date, string? category)
        {
            Kind = kind;
            this.number = number;
            this.date = date;
            this.category = category;
        }

        /// <summary>What the value holds.</summary>
        public ClaimValueKind Kind { get; }

        /// <summary>The number.</summary>
        /// <exception cref="InvalidOperationException">The value is not a number.</exception>
        public decimal Number => Kind == ClaimValueKind.Number ? number : throw new InvalidOperationException($"The value is a {Kind}, not a number.");

        /// <summary>The date, as precise as the source gives it: a day, a month or a year.</summary>
        /// <exception cref="InvalidOperationException">The value is not a date.</exception>
        public ReferencePeriod Date => Kind == ClaimValueKind.Date ? date! : throw new InvalidOperationException($"The value is a {Kind}, not a date.");

        /// <summary>The category id.</summary>
        /// <exception cref="InvalidOperationException">The value is not a category.</exception>
        public string Category => Kind == ClaimValueKind.Category ? category! : throw new InvalidOperationException($"The value is a {Kind}, not a category.");

        /// <summary>A numeric value.</summary>
        /// <param name="value">The number.</param>
        /// <returns>The value.</returns>
        public static ClaimValue FromNumber(decimal value) => new ClaimValue(ClaimValueKind.Number, value, default, null);

        /// <summary>A date value, as precise as the source gives it.</summary>
        /// <param name="value">A day, month or year (not an interval).</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentException">The period is an interval.</exception>
        public static ClaimValue FromDate(ReferencePeriod value)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            if (value.Precision == PeriodPrecision.Interval)
            {
                throw new ArgumentException("A date value is a day, a month or a year, not an interval.", nameof(value));
            }

            return new ClaimValue(ClaimValueKind.Date, 0m, value, null);
        }

        /// <summary>A category value.</summary>
        /// <param name="id">The category id.</param>
        /// <returns>The value.</returns>
        public static ClaimValue FromCategory(string id) => new ClaimValue(ClaimValueKind.Category, 0m, default, id ?? throw new ArgumentNullException(nameof(id)));

        /// <summary>The value as written in data files and exports (invariant culture, no grouping).</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Kind switch
        {
            ClaimValueKind.Number => number.ToString(CultureInfo.InvariantCulture),
            ClaimValueKind.Date => date!.ToString(),
            _ => category!,
        };

        /// <inheritdoc />
        public bool Equals(ClaimValue? other) => other is not null && Kind == other.Kind && Kind switch
        {
            ClaimValueKind.Number => number == other.number,
            ClaimValueKind.Date => date!.Equals(other.date),
            _ => string.Equals(category, other.category, StringComparison.Ordinal),
        };

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ClaimValue);

        /// <inheritdoc />
        public override int GetHashCode() => Kind switch
        {
            ClaimValueKind.Number => number.GetHashCode(),
            ClaimValueKind.Date => date!.GetHashCode(),
            _ => StringComparer.Ordinal.GetHashCode(category!),
        };
    }
}
