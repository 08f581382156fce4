namespace PolicyRef.Data.Format
{
    /// <summary>A claim: one sourced figure, in the <c>claims</c> array of a country, facility or policy file.</summary>
    internal static class ClaimFormat
    {
        public static readonly DataField Metric = new DataField("metric", JsonType.String, required: true);

        public static readonly DataField Value = new DataField("value", JsonType.NumberOrString, required: true);

        public static readonly DataField Unit = new DataField("unit", JsonType.String, required: true);

        public static readonly DataField Period = new DataField("period", JsonType.String, required: true);

        public static readonly DataField Source = new DataField("source", JsonType.String, required: true);

        public static readonly DataField Note = new DataField("note", JsonType.String, required: false);

        public static readonly DataField Flags = new DataField("flags", JsonType.StringArray, required: false);

        public static readonly DataField DerivedFrom = new DataField("derivedFrom", JsonType.StringArray, required: false);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a claim", Metric, Value, Unit, Period, Source, Note, Flags, DerivedFrom);
    }
}
