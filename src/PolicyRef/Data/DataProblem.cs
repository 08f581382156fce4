using System;
using System.Globalization;

namespace PolicyRef.Data
{
    /// <summary>One problem found in a data set: where it is and what was expected.</summary>
    public sealed class DataProblem
    {
        /// <summary>Creates a problem.</summary>
        /// <param name="kind">What kind of problem.</param>
        /// <param name="file">The file, relative to the data root.</param>
        /// <param name="line">1-based line, or 0 when the problem concerns the whole file.</param>
        /// <param name="column">1-based column, or 0 when unknown.</param>
        /// <param name="jsonPath">The JSON path of the offending token, or empty.</param>
        /// <param name="message">What is wrong and what was expected.</param>
        public DataProblem(DataProblemKind kind, string file, int line, int column, string jsonPath, string message)
        {
            Kind = kind;
            File = file ?? throw new ArgumentNullException(nameof(file));
            Line = line;
            Column = column;
            JsonPath = jsonPath ?? string.Empty;
            Message = message ?? throw new ArgumentNullException(nameof(message));
        }

        /// <summary>What kind of problem.</summary>
        public DataProblemKind Kind { get; }

        /// <summary>The file, relative to the data root, with forward slashes.</summary>
        public string File { get; }

        /// <summary>1-based line, or 0 when the problem concerns the whole file.</summary>
        public int Line { get; }

        /// <summary>1-based column, or 0 when unknown.</summary>
        public int Column { get; }

        /// <summary>The JSON path of the offending token (<c>claims[3].unit</c>), or empty.</summary>
        public string JsonPath { get; }

        /// <summary>What is wrong and what was expected.</summary>
        public string Message { get; }

        /// <summary>
        /// The problem as <c>file:line:column: path: message</c>, on one line: file names, paths and the data quoted in
        /// messages are escaped (<see cref="Export.VisibleText"/>), so that a hostile file cannot forge or hide a report line.
        /// </summary>
        /// <returns>The text.</returns>
        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture,
            "{0}:{1}:{2}: {3}{4}",
            Export.VisibleText.Escape(File),
            Line,
            Column,
            JsonPath.Length == 0 ? string.Empty : Export.VisibleText.Escape(JsonPath) + ": ",
            Export.VisibleText.Escape(Message));
    }
}
