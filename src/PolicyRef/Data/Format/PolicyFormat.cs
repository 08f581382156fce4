namespace PolicyRef.Data.Format
{
    /// <summary>A policy: <c>policies/&lt;ISO3&gt;/&lt;id&gt;.json</c>.</summary>
    internal static class PolicyFormat
    {
        public static readonly DataField Id = new DataField("id", JsonType.String, required: true);

        public static readonly DataField Country = new DataField("country", JsonType.String, required: true);

        public static readonly DataField Name = new DataField("name", JsonType.String, required: true);

        public static readonly DataField Aliases = new DataField("aliases", JsonType.ObjectArray, required: false, items: AliasFormat.Entity);

        public static readonly DataField Kind = new DataField("kind", JsonType.String, required: true);

        public static readonly DataField Start = new DataField("start", JsonType.String, required: true);

        public static readonly DataField End = new DataField("end", JsonType.String, required: false);

        public static readonly DataField Summary = new DataField("summary", JsonType.String, required: true);

        public static readonly DataField Instrument = new DataField("instrument", JsonType.String, required: false);

        public static readonly DataField Provisions = new DataField("provisions", JsonType.ObjectArray, required: false, items: ProvisionFormat.Entity, onePerLine: true);

        public static readonly DataField Sources = new DataField("sources", JsonType.StringArray, required: false);

        public static readonly DataField Events = new DataField("events", JsonType.ObjectArray, required: false, items: EventFormat.Entity, onePerLine: true);

        public static readonly DataField Claims = new DataField("claims", JsonType.ObjectArray, required: false, items: ClaimFormat.Entity, onePerLine: true);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a policy", Id, Country, Name, Aliases, Kind, Start, End, Summary, Instrument, Provisions, Sources, Events, Claims);
    }
}
