using System;
using System.Diagnostics.CodeAnalysis;

namespace PolicyRef.Model
{
    /// <summary>The unit of a claim's value. Money units carry their ISO 4217 currency code.</summary>
    public sealed class Unit : IEquatable<Unit>
    {
        private Unit(UnitKind kind, string symbol, string? currency)
        {
            Kind = kind;
            Symbol = symbol;
            Currency = currency;
        }

        /// <summary>A count.</summary>
        public static Unit Count { get; } = new Unit(UnitKind.Count, "count", null);

        /// <summary>A rate per 100,000 population.</summary>
        public static Unit PerHundredThousand { get; } = new Unit(UnitKind.PerHundredThousand, "per-100k", null);

        /// <summary>A percentage.</summary>
        public static Unit Percent { get; } = new Unit(UnitKind.Percent, "percent", null);

        /// <summary>Metres.</summary>
        public static Unit Metre { get; } = new Unit(UnitKind.Metre, "m", null);

        /// <summary>Kilometres.</summary>
        public static Unit Kilometre { get; } = new Unit(UnitKind.Kilometre, "km", null);

        /// <summary>Square metres.</summary>
        public static Unit SquareMetre { get; } = new Unit(UnitKind.SquareMetre, "m2", null);

        /// <summary>Hectares.</summary>
        public static Unit Hectare { get; } = new Unit(UnitKind.Hectare, "ha", null);

        /// <summary>Volts.</summary>
        public static Unit Volt { get; } = new Unit(UnitKind.Volt, "V", null);

        /// <summary>Hours.</summary>
        public static Unit Hour { get; } = new Unit(UnitKind.Hour, "h", null);

        /// <summary>Hours per day.</summary>
        public static Unit HoursPerDay { get; } = new Unit(UnitKind.HoursPerDay, "h/day", null);

        /// <summary>A calendar date.</summary>
        public static Unit Date { get; } = new Unit(UnitKind.Date, "date", null);

        /// <summary>A category of the metric.</summary>
        public static Unit Category { get; } = new Unit(UnitKind.Category, "category", null);

        /// <summary>The generic money unit used in metric definitions; claims use <see cref="Money(string)"/>.</summary>
        public static Unit AnyMoney { get; } = new Unit(UnitKind.Money, "money", null);

        /// <summary>What kind of unit this is.</summary>
        public UnitKind Kind { get; }

        /// <summary>The symbol used in data files (<c>m</c>, <c>per-100k</c>, <c>USD</c>).</summary>
        public string Symbol { get; }

        /// <summary>The ISO 4217 currency code of a money unit; null otherwise and for <see cref="AnyMoney"/>.</summary>
        public string? Currency { get; }

        /// <summary>Whether values in this unit are numbers.</summary>
        public bool IsNumeric => Kind != UnitKind.Date && Kind != UnitKind.Category;

        /// <summary>A money unit in the given ISO 4217 currency.</summary>
        /// <param name="currency">Three capital letters, such as <c>USD</c>.</param>
        /// <returns>The unit.</returns>
        /// <exception cref="FormatException">The code is not that of a current currency in ISO 4217 list one.</exception>
        public static Unit Money(string currency)
        {
            if (!CurrencyCodes.IsActive(currency))
            {
                throw new FormatException($"'{currency}' is not the code of a current currency in " + CurrencyCodes.Edition + ".");
            }

            return new Unit(UnitKind.Money, currency, currency);
        }

        /// <summary>Reads a unit symbol as written in data files.</summary>
        /// <param name="symbol">The symbol.</param>
        /// <param name="unit">The unit, when the symbol is known.</param>
        /// <returns>Whether the symbol is a known unit.</returns>
        public static bool TryParse(string? symbol, [NotNullWhen(true)] out Unit? unit)
        {
            unit = symbol switch
            {
                "count" => Count,
                "per-100k" => PerHundredThousand,
                "percent" => Percent,
                "m" => Metre,
                "km" => Kilometre,
                "m2" => SquareMetre,
                "ha" => Hectare,
                "V" => Volt,
                "h" => Hour,
                "h/day" => HoursPerDay,
                "date" => Date,
                "category" => Category,
                "money" => AnyMoney,
                _ => CurrencyCodes.IsActive(symbol) ? new Unit(UnitKind.Money, symbol, symbol) : null,
            };
            return unit is not null;
        }

        /// <summary>Whether a claim in <paramref name="claimUnit"/> fits a metric defined in this unit.</summary>
        /// <param name="claimUnit">The claim's unit.</param>
        /// <returns>True when equal, or when this is <see cref="AnyMoney"/> and the claim names a currency.</returns>
        public bool Accepts(Unit claimUnit)
        {
            if (claimUnit is null)
            {
                throw new ArgumentNullException(nameof(claimUnit));
            }

            return ReferenceEquals(this, AnyMoney) ? claimUnit.Kind == UnitKind.Money && claimUnit.Currency is not null : Equals(claimUnit);
        }

        /// <inheritdoc />
        public bool Equals(Unit? other) => other is not null && Kind == other.Kind && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Unit);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Symbol);

        /// <inheritdoc />
        public override string ToString() => Symbol;
    }
}
