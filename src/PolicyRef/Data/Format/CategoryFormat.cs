namespace PolicyRef.Data.Format
{
    /// <summary>One category of a metric whose unit is <c>category</c>.</summary>
    internal static class CategoryFormat
    {
        public static readonly DataField Id = new DataField("id", JsonType.String, required: true);

        public static readonly DataField Description = new DataField("description", JsonType.String, required: true);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a category", Id, Description);
    }
}
