namespace PolicyRef.Data.Format
{
    /// <summary>One named variant of a metric's definition, in the metric's <c>variants</c> array.</summary>
    internal static class VariantFormat
    {
        public static readonly DataField Id = new DataField("id", JsonType.String, required: true);

        public static readonly DataField Name = new DataField("name", JsonType.String, required: true);

        public static readonly DataField Description = new DataField("description", JsonType.String, required: true);

        public static readonly DataField Source = new DataField("source", JsonType.String, required: true);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a metric variant", Id, Name, Description, Source);
    }
}
