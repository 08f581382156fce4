namespace PolicyRef.Data.Format
{
    /// <summary>A source file: <c>sources/&lt;group&gt;.json</c>.</summary>
    internal static class SourceFileFormat
    {
        public static readonly DataField Sources = new DataField("sources", JsonType.ObjectArray, required: true, items: SourceFormat.Entity);

        /// <summary>The fields in file order.</summary>
        public static readonly DataEntity Entity = new DataEntity("a source file", Sources);
    }
}
