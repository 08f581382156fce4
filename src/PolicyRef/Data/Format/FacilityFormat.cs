namespace PolicyRef.Data.Format
{
    /// <summary>A facility: <c>facilities/&lt;ISO3&gt;/&lt;id&gt;.json</c>.</summary>
    internal static class FacilityFormat
    {
        public static readonly DataField Id = new DataField("id", JsonType.String, required: true);

        public static readonly DataField Name = new DataField("name", JsonType.String, required: true);

        public static readonly DataField Aliases = new DataField("aliases", JsonType.ObjectArray, required: false, items: AliasFormat.Entity);

        public static readonly DataField Country = new DataField("country", JsonType.String, required: true);

        public static readonly DataField Locality = new DataField("locality", JsonType.String, required: false);

        public static readonly DataField Admin1 = new DataField("admin1", JsonType.String, required: false);

        public static readonly DataField Sources = new DataField("sources", JsonType.StringArray, required: false);

        public static readonly DataField Claims = new DataField("claims", JsonType.ObjectArray, required: false, items: ClaimFormat.Entity, onePerLine: true);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a facility", Id, Name, Aliases, Country, Locality, Admin1, Sources, Claims);
    }
}
