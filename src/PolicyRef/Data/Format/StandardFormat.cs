namespace PolicyRef.Data.Format
{
    /// <summary>A standard: <c>standards/&lt;id&gt;.json</c>.</summary>
    internal static class StandardFormat
    {
        public static readonly DataField Id = new DataField("id", JsonType.String, required: true);

        public static readonly DataField Name = new DataField("name", JsonType.String, required: true);

        public static readonly DataField Edition = new DataField("edition", JsonType.String, required: true);

        public static readonly DataField Sources = new DataField("sources", JsonType.StringArray, required: false);

        public static readonly DataField Rules = new DataField("rules", JsonType.ObjectArray, required: true, items: RuleFormat.Entity);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a standard", Id, Name, Edition, Sources, Rules);
    }
}
