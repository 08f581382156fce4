namespace PolicyRef.Data.Format
{
    /// <summary>The JSON type a field of a data file holds.</summary>
    internal enum JsonType
    {
        /// <summary>A string.</summary>
        String,

        /// <summary>A number.</summary>
        Number,

        /// <summary>A number or a string (a claim's value: a figure, a date or a category id).</summary>
        NumberOrString,

        /// <summary>An array of strings.</summary>
        StringArray,

        /// <summary>An array of objects, laid out by <see cref="DataField.Items"/>.</summary>
        ObjectArray,
    }
}
