using System;
using NodaTime;

namespace PolicyRef.Model
{
    /// <summary>A bibliography entry: who published a figure, where, and when it was read.</summary>
    public sealed class Source
    {
        /// <summary>Creates a source.</summary>
        /// <param name="id">Stable lower-kebab-case id.</param>
        /// <param name="publisher">Who published it.</param>
        /// <param name="title">Title of the page, report or data set.</param>
        /// <param name="url">Where it can be read, if online.</param>
        /// <param name="published">When it was published, if it says.</param>
        /// <param name="accessed">When it was read.</param>
        /// <param name="kind">What kind of publisher it is.</param>
        /// <param name="language">ISO 639-1 language code.</param>
        /// <param name="via">The file or release a figure came through, when not the publisher's own.</param>
        /// <param name="license">The licence, if stated.</param>
        public Source(string id, string publisher, string title, string? url, LocalDate? published, LocalDate accessed, SourceKind kind, string? language, string? via, string? license)
            : this(id, publisher, title, url, published, accessed, kind, language, via, license, null)
        {
        }

        /// <summary>Creates a source that re-publishes another's figures.</summary>
        /// <param name="id">Stable lower-kebab-case id.</param>
        /// <param name="publisher">Who published it.</param>
        /// <param name="title">Title of the page, report or data set.</param>
        /// <param name="url">Where it can be read, if online.</param>
        /// <param name="published">When it was published, if it says.</param>
        /// <param name="accessed">When it was read.</param>
        /// <param name="kind">What kind of publisher it is.</param>
        /// <param name="language">ISO 639-1 language code.</param>
        /// <param name="via">The file or release a figure came through, when not the publisher's own.</param>
        /// <param name="license">The licence, if stated.</param>
        /// <param name="republishes">The origin it re-publishes (a wire service's copy, a government statement, another source's id); null when it is its own origin.</param>
        public Source(string id, string publisher, string title, string? url, LocalDate? published, LocalDate accessed, SourceKind kind, string? language, string? via, string? license, string? republishes)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Publisher = publisher ?? throw new ArgumentNullException(nameof(publisher));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Url = url;
            Published = published;
            Accessed = accessed;
            Kind = kind;
            Language = language;
            Via = via;
            License = license;
            Republishes = republishes;
        }

        /// <summary>Stable lower-kebab-case id.</summary>
        public string Id { get; }

        /// <summary>Who published it.</summary>
        public string Publisher { get; }

        /// <summary>Title of the page, report or data set.</summary>
        public string Title { get; }

        /// <summary>Where it can be read, if online.</summary>
        public string? Url { get; }

        /// <summary>When it was published, if it says.</summary>
        public LocalDate? Published { get; }

        /// <summary>When it was read.</summary>
        public LocalDate Accessed { get; }

        /// <summary>What kind of publisher it is.</summary>
        public SourceKind Kind { get; }

        /// <summary>ISO 639-1 language code, if known.</summary>
        public string? Language { get; }

        /// <summary>The file or release a figure came through, when it is not the publisher's own.</summary>
        public string? Via { get; }

        /// <summary>The licence, if stated.</summary>
        public string? License { get; }

        /// <summary>The origin it re-publishes (a wire service's copy, a government statement, another source's id); null when it is its own origin.</summary>
        public string? Republishes { get; }

        /// <summary>Where its figures come from: <see cref="Republishes"/>, or its own id. Corroboration counts distinct origins.</summary>
        public string Origin => Republishes ?? Id;

        /// <inheritdoc />
        public override string ToString() => $"{Publisher}, \"{Title}\"" + (Url is null ? string.Empty : $", {Url}");
    }
}
