namespace PolicyRef.Export
{
    /// <summary>What a column of an export table holds, so that each format can type it (Parquet, the Frictionless schema).</summary>
    public enum ExportFieldType
    {
        /// <summary>Text.</summary>
        String,

        /// <summary>A date (<see cref="NodaTime.LocalDate"/>), written yyyy-MM-dd in text formats.</summary>
        Date,

        /// <summary>True or false, written in lower case in text formats.</summary>
        Boolean,

        /// <summary>
        /// A claim's value: a number (<see cref="decimal"/>) or, for date and category metrics, its text. CSV writes it as
        /// written in the data files; Parquet writes the number as a double and the text in an appended <c>_text</c> column.
        /// </summary>
        Value,
    }
}
