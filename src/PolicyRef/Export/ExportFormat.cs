namespace PolicyRef.Export
{
    /// <summary>The file format of the export tables.</summary>
    public enum ExportFormat
    {
        /// <summary>RFC 4180 CSV, UTF-8, one header row.</summary>
        Csv,

        /// <summary>Apache Parquet with typed columns (written by the PolicyRef.Export.Parquet library).</summary>
        Parquet,
    }
}
