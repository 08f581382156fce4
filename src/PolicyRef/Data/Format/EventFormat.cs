namespace PolicyRef.Data.Format
{
    /// <summary>One dated event of a policy.</summary>
    internal static class EventFormat
    {
        public static readonly DataField Date = new DataField("date", JsonType.String, required: true);

        public static readonly DataField Kind = new DataField("kind", JsonType.String, required: true);

        public static readonly DataField Description = new DataField("description", JsonType.String, required: true);

        public static readonly DataField Source = new DataField("source", JsonType.String, required: true);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a policy event", Date, Kind, Description, Source);
    }
}
