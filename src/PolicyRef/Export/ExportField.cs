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
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Type = type;
            Required = required;
            Description = description ?? throw new ArgumentNullException(nameof(description));
        }

        /// <summary>The column name.</summary>
        public string Name { get; }

        /// <summary>What it holds.</summary>
        public ExportFieldType Type { get; }

        /// <summary>Whether every row has a value (no empty field).</summary>
        public bool Required { get; }

        /// <summary>What it means.</summary>
        public string Description { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Name} ({Type})";
    }
}
