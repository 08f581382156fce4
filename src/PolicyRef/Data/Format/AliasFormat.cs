namespace PolicyRef.Data.Format
{
    /// <summary>Another name of a facility or policy.</summary>
    internal static class AliasFormat
    {
        public static readonly DataField Name = new DataField("name", JsonType.String, required: true);

        public static readonly DataField Kind = new DataField("kind", JsonType.String, required: true);

        public static readonly DataField Language = new DataField("language", JsonType.String, required: false);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("an alias", Name, Kind, Language);
    }
}
