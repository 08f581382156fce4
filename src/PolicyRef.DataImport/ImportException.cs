using System;

namespace PolicyRef.DataImport
{
    /// <summary>A problem that stops the import: a missing or malformed input, or a missing reference.</summary>
    internal sealed class ImportException : Exception
    {
        public ImportException(string message)
            : base(message)
        {
        }

        public ImportException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
