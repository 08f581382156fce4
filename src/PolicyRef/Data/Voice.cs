using System;
using System.Collections.Generic;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>
    /// The independent publisher behind a source: a source that re-publishes another's figure
    /// (<see cref="Source.Republishes"/>) speaks with the voice it copies, so three outlets printing the police's count are
    /// one voice. Counts of voices (the coverage report's panel) and series by publisher group by it.
    /// </summary>
    internal readonly struct Voice : IEquatable<Voice>
    {
        private Voice(string key, string name)
        {
            Key = key;
            Name = name;
        }

        /// <summary>What voices are told apart by: the publisher of the source copied (followed to the first), or the origin a copy names when the set has no source of it.</summary>
        public string Key { get; }

        /// <summary>The publisher's name, or the origin's id when the set has no source of it (an agency such as <c>afp</c>).</summary>
        public string Name { get; }

        /// <summary>Whether the voice is an origin the set names but has no source of.</summary>
        public bool IsBareOrigin => Key.StartsWith("origin:", StringComparison.Ordinal);

        /// <summary>The voice of <paramref name="source"/> in <paramref name="index"/>.</summary>
        public static Voice Of(DataIndex index, Source source)
        {
            if (source.Republishes is null)
            {
                return new Voice(source.Publisher, source.Publisher);
            }

            // A copy of a copy leads to the first publisher; the set is finite, so a loop of copies stops where it closes.
            var seen = new HashSet<string>(StringComparer.Ordinal) { source.Id };
            while (source.Republishes is { } origin)
            {
                if (!index.TryGetSource(origin, out var copied))
                {
                    return new Voice("origin:" + origin, origin);
                }

                if (!seen.Add(copied.Id))
                {
                    break;
                }

                source = copied;
            }

            return new Voice(source.Publisher, source.Publisher);
        }

        /// <inheritdoc />
        public bool Equals(Voice other) => string.Equals(Key, other.Key, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Voice other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
    }
}
