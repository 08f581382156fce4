using System.Text;

namespace PolicyRef.Data.Format
{
    /// <summary>One field of a data file: its name as written, its JSON type and whether it must be there.</summary>
    internal sealed class DataField
    {
        public DataField(string name, JsonType type, bool required, DataEntity? items = null, bool onePerLine = false)
        {
            Name = name;
            Type = type;
            Required = required;
            Items = items;
            OnePerLine = onePerLine;
            Utf8Name = Encoding.UTF8.GetBytes(name);
        }

        /// <summary>The field's name in the file.</summary>
        public string Name { get; }

        /// <summary>Its JSON type.</summary>
        public JsonType Type { get; }

        /// <summary>Whether the loader reports a file without it (some fields are required only in some cases; see the loader).</summary>
        public bool Required { get; }

        /// <summary>For <see cref="JsonType.ObjectArray"/>: the layout of each item.</summary>
        public DataEntity? Items { get; }

        /// <summary>Whether the data files keep each item of this array on one line, so that a review diff shows one item per line.</summary>
        public bool OnePerLine { get; }

        /// <summary>The name as UTF-8 bytes, for the fast reader.</summary>
        public byte[] Utf8Name { get; }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
