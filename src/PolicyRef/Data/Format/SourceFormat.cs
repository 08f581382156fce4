namespace PolicyRef.Data.Format
{
    /// <summary>A source, one item of the <c>sources</c> array of <c>sources/&lt;group&gt;.json</c>.</summary>
    internal static class SourceFormat
    {
        public static readonly DataField Id = new DataField("id", JsonType.String, required: true);

        public static readonly DataField Publisher = new DataField("publisher", JsonType.String, required: true);

        public static readonly DataField Title = new DataField("title", JsonType.String, required: true);

        public static readonly DataField Url = new DataField("url", JsonType.String, required: false);

        public static readonly DataField Published = new DataField("published", JsonType.String, required: false);

        public static readonly DataField Accessed = new DataField("accessed", JsonType.String, required: true);

        public static readonly DataField Kind = new DataField("kind", JsonType.String, required: true);

        public static readonly DataField Language = new DataField("language", JsonType.String, required: false);

        public static readonly DataField Via = new DataField("via", JsonType.String, required: false);

        public static readonly DataField License = new DataField("license", JsonType.String, required: false);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a source", Id, Publisher, Title, Url, Published, Accessed, Kind, Language, Via, License);
    }
}
