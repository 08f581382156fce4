using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyRef.Data.Format
{
    /// <summary>
    /// The layout of the data files, one class per kind of object (<see cref="ClaimFormat"/>, <see cref="MetricFormat"/>, …):
    /// each field's name in file order with its JSON type. The loaders, the fast reader, the snapshot writer, the JSON
    /// writer and the importer name fields only through it, and a test holds the JSON Schemas of <c>data/schema</c> to it.
    /// </summary>
    internal static class DataFormat
    {
        /// <summary>The root object of each kind of data file.</summary>
        public static readonly ImmutableArray<DataEntity> Files = ImmutableArray.Create(
            MetricFormat.Entity, SourceFileFormat.Entity, CountryFormat.Entity, FacilityFormat.Entity, PolicyFormat.Entity, StandardFormat.Entity);

        /// <summary>The names of the arrays whose items the files keep one per line (claims, provisions, events).</summary>
        public static readonly ImmutableHashSet<string> OnePerLineArrays = Files
            .SelectMany(AllFields)
            .Where(f => f.OnePerLine)
            .Select(f => f.Name)
            .ToImmutableHashSet(StringComparer.Ordinal);

        /// <summary>Every field of an entity and of the objects nested in it.</summary>
        public static IEnumerable<DataField> AllFields(DataEntity entity) =>
            entity.Fields.SelectMany(f => f.Items is null ? new[] { f } : new[] { f }.Concat(AllFields(f.Items)));
    }
}
