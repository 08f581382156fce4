namespace PolicyRef.Data
{
    /// <summary>What is wrong with a data file.</summary>
    public enum DataProblemKind
    {
        /// <summary>The file is not well-formed JSON (or not valid UTF-8).</summary>
        MalformedJson,

        /// <summary>A required field is missing.</summary>
        MissingField,

        /// <summary>A field is not part of the format.</summary>
        UnknownField,

        /// <summary>A field has the wrong JSON type or an unreadable value.</summary>
        InvalidValue,

        /// <summary>An id refers to a source, metric, country or category that does not exist.</summary>
        UnknownReference,

        /// <summary>An id is defined twice.</summary>
        DuplicateId,

        /// <summary>An id is not well formed, or does not match the file's name or folder.</summary>
        InvalidId,

        /// <summary>A claim's unit does not match its metric.</summary>
        UnitMismatch,

        /// <summary>A value is outside the metric's plausible range.</summary>
        OutOfRange,

        /// <summary>A date or period is invalid, impossible, reversed or too far in the future.</summary>
        InvalidPeriod,

        /// <summary>A metric is used on a kind of entity it does not apply to.</summary>
        MetricNotApplicable,

        /// <summary>A file is where no data file belongs, too large, or the directory holds no data.</summary>
        InvalidFile,
    }
}
