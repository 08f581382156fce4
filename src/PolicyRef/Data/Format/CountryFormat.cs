namespace PolicyRef.Data.Format
{
    /// <summary>A country: <c>countries/&lt;ISO3&gt;.json</c>.</summary>
    internal static class CountryFormat
    {
        public static readonly DataField Id = new DataField("id", JsonType.String, required: true);

        public static readonly DataField Name = new DataField("name", JsonType.String, required: true);

        public static readonly DataField M49 = new DataField("m49", JsonType.String, required: false);

        public static readonly DataField Region = new DataField("region", JsonType.String, required: true);

        public static readonly DataField RegionCode = new DataField("regionCode", JsonType.String, required: true);

        public static readonly DataField Claims = new DataField("claims", JsonType.ObjectArray, required: false, items: ClaimFormat.Entity, onePerLine: true);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a country", Id, Name, M49, Region, RegionCode, Claims);
    }
}
