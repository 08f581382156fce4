using System;

namespace PolicyRef.Export
{
    /// <summary>A column of an export table: its name, type and meaning.</summary>
    public sealed class ExportField
    {
        /// <summary>Creates a field.</summary>
        /// <param name="name">The column name.</param>
        /// <param name="type">What it holds.</param>
        /// <param name="required">Whether every row has a value.</param>
        /// <param name="description">What it means.</param>
        public ExportField(string name, ExportFieldType type, bool required, string description)
            : this(name, type, required, description, appended: false)
        {
        }

        /// <summary>Creates a field.</summary>
        /// <param name="name">The column name.</param>
        /// <param name="type">What it holds.</param>
        /// <param name="required">Whether every row has a value.</param>
        /// <param name="description">What it means.</param>
        /// <param name="appended">True for a column appended after the export contract's version 2; see <see cref="Appended"/>.</param>
        public ExportField(string name, ExportFieldType type, bool required, string description, bool appended)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Type = type;
            Required = required;
            Description = description ?? throw new ArgumentNullException(nameof(description));
            Appended = appended;
        }

        /// <summary>The column name.</summary>
        public string Name { get; }

        /// <summary>What it holds.</summary>
        public ExportFieldType Type { get; }

        /// <summary>Whether every row has a value (no empty field).</summary>
        public bool Required { get; }

        /// <summary>What it means.</summary>
        public string Description { get; }

        /// <summary>
        /// True for a column appended after the export contract's version 2. Formats that add columns of their own
        /// (Parquet's <c>value_text</c>) put them before the appended columns, so that every column keeps its place.
        /// </summary>
        public bool Appended { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Name} ({Type})";
    }
}
