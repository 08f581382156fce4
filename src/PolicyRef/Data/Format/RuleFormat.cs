namespace PolicyRef.Data.Format
{
    /// <summary>One rule of a standard.</summary>
    internal static class RuleFormat
    {
        public static readonly DataField Id = new DataField("id", JsonType.String, required: true);

        public static readonly DataField Number = new DataField("number", JsonType.String, required: true);

        public static readonly DataField Summary = new DataField("summary", JsonType.String, required: true);

        public static readonly DataField Check = new DataField("check", JsonType.String, required: true);

        public static readonly DataField SingleCellThreshold = new DataField("singleCellThreshold", JsonType.Number, required: false);

        public static readonly DataField SharedCellThreshold = new DataField("sharedCellThreshold", JsonType.Number, required: false);

        public static readonly DataField Source = new DataField("source", JsonType.String, required: true);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a standard rule", Id, Number, Summary, Check, SingleCellThreshold, SharedCellThreshold, Source);
    }
}
