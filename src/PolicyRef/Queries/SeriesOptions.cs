using NodaTime;

namespace PolicyRef.Queries
{
    /// <summary>Which part of a series to take and how to group it. Immutable; the <c>With…</c> methods return copies.</summary>
    public sealed class SeriesOptions
    {
        private SeriesOptions(SeriesGranularity granularity, LocalDate? from, LocalDate? to, string? definition = null)
        {
            Definition = definition;
            Granularity = granularity;
            From = from;
            To = to;
        }

        /// <summary>Yearly points, all dates.</summary>
        public static SeriesOptions Yearly { get; } = new SeriesOptions(SeriesGranularity.Year, null, null);

        /// <summary>One point per period as given, all dates.</summary>
        public static SeriesOptions AsGiven { get; } = new SeriesOptions(SeriesGranularity.AsGiven, null, null);

        /// <summary>How claims are grouped into points.</summary>
        public SeriesGranularity Granularity { get; }

        /// <summary>The metric variant the points count (its id); null for the metric's standard definition.</summary>
        public string? Definition { get; }

        /// <summary>Only periods starting on or after this date; null for no limit.</summary>
        public LocalDate? From { get; }

        /// <summary>Only periods ending on or before this date; null for no limit.</summary>
        public LocalDate? To { get; }

        /// <summary>A copy limited to periods within the dates (inclusive).</summary>
        /// <param name="from">The first day, or null.</param>
        /// <param name="to">The last day, or null.</param>
        /// <returns>The copy.</returns>
        public SeriesOptions Between(LocalDate? from, LocalDate? to) => new SeriesOptions(Granularity, from, to, Definition);

        /// <summary>A copy whose points count a variant of the metric (only claims of that definition compete).</summary>
        /// <param name="definition">The variant's id; null for the standard definition.</param>
        /// <returns>The copy.</returns>
        public SeriesOptions WithDefinition(string? definition) => new SeriesOptions(Granularity, From, To, definition);
    }
}
