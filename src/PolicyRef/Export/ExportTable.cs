using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using PolicyRef.Internal;

namespace PolicyRef.Export
{
    /// <summary>
    /// One table of the export (observations, sources, countries, facilities, policies): typed rows that the CSV, Parquet
    /// and data-package writers all read, so the formats cannot drift apart.
    /// </summary>
    public sealed class ExportTable
    {
        internal ExportTable(string name, string description, ImmutableArray<ExportField> fields, ImmutableArray<string> primaryKey, ImmutableArray<ImmutableArray<object?>> rows)
        {
            Name = name;
            Description = description;
            Fields = fields;
            PrimaryKey = primaryKey;
            Rows = rows;
        }

        /// <summary>The table's name: the file is <c>Name.csv</c> or <c>Name.parquet</c>.</summary>
        public string Name { get; }

        /// <summary>What a row is.</summary>
        public string Description { get; }

        /// <summary>The columns, in order.</summary>
        public ImmutableArray<ExportField> Fields { get; }

        /// <summary>The columns that identify a row; empty when none do (observations: two claims may share every field).</summary>
        public ImmutableArray<string> PrimaryKey { get; }

        /// <summary>
        /// The rows: each value a <see cref="string"/>, a <see cref="decimal"/> (numeric claim values), a <see cref="bool"/>,
        /// a <see cref="LocalDate"/>, or null when not given.
        /// </summary>
        public ImmutableArray<ImmutableArray<object?>> Rows { get; }

        /// <summary>A value as the CSV export writes it: invariant culture, dates yyyy-MM-dd, true and false in lower case, null as empty.</summary>
        /// <param name="value">A value of <see cref="Rows"/>.</param>
        /// <returns>The text, or null for a missing value.</returns>
        public static string? Text(object? value) => value switch
        {
            null => null,
            string s => s,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            LocalDate date => IsoDates.Format(date),
            _ => throw new ArgumentException($"An export table holds no {value.GetType().Name}.", nameof(value)),
        };

        /// <summary>The rows as text, as <see cref="Text"/> writes each value.</summary>
        /// <returns>The rows.</returns>
        public IEnumerable<IReadOnlyList<string?>> TextRows() => Rows.Select(row => (IReadOnlyList<string?>)row.Select(Text).ToArray());

        /// <inheritdoc />
        public override string ToString() => $"{Name}: {Rows.Length} rows, columns {string.Join(",", Fields.Select(f => f.Name))}";
    }
}
