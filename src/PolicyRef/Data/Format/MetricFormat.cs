namespace PolicyRef.Data.Format
{
    /// <summary>A metric: <c>metrics/&lt;id&gt;.json</c>.</summary>
    internal static class MetricFormat
    {
        public static readonly DataField Id = new DataField("id", JsonType.String, required: true);

        public static readonly DataField Name = new DataField("name", JsonType.String, required: true);

        public static readonly DataField AppliesTo = new DataField("appliesTo", JsonType.StringArray, required: true);

        public static readonly DataField Unit = new DataField("unit", JsonType.String, required: true);

        public static readonly DataField Temporal = new DataField("temporal", JsonType.String, required: true);

        public static readonly DataField Definition = new DataField("definition", JsonType.String, required: true);

        public static readonly DataField Comparability = new DataField("comparability", JsonType.String, required: false);

        public static readonly DataField Min = new DataField("min", JsonType.Number, required: false);

        public static readonly DataField Max = new DataField("max", JsonType.Number, required: false);

        public static readonly DataField Tolerance = new DataField("tolerance", JsonType.Number, required: false);

        public static readonly DataField Decimals = new DataField("decimals", JsonType.Number, required: false);

        public static readonly DataField Categories = new DataField("categories", JsonType.ObjectArray, required: false, items: CategoryFormat.Entity);

        public static readonly DataField Measure = new DataField("measure", JsonType.String, required: false);

        public static readonly DataField DefinitionSource = new DataField("definitionSource", JsonType.String, required: false);

        public static readonly DataField Variants = new DataField("variants", JsonType.ObjectArray, required: false, items: VariantFormat.Entity);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a metric", Id, Name, AppliesTo, Unit, Temporal, Definition, Comparability, Min, Max, Tolerance, Decimals, Categories, Measure, DefinitionSource, Variants);
    }
}
