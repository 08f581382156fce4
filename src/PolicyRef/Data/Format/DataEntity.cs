using System;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyRef.Data.Format
{
    /// <summary>The layout of one kind of JSON object in the data files: its fields in the order the files write them.</summary>
    internal sealed class DataEntity
    {
        public DataEntity(string description, params DataField[] fields)
        {
            Description = description;
            Fields = fields.ToImmutableArray();
            Names = fields.Select(f => f.Name).ToImmutableArray();
        }

        /// <summary>What the object is, for messages: "a claim", "a policy".</summary>
        public string Description { get; }

        /// <summary>The fields in file order.</summary>
        public ImmutableArray<DataField> Fields { get; }

        /// <summary>The field names in file order.</summary>
        public ImmutableArray<string> Names { get; }

        /// <summary>The field with this name, or null.</summary>
        public DataField? Find(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
    }
}
