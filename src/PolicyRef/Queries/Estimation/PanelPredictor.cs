using System;
using System.Globalization;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>
    /// A predictor of a synthetic control (Abadie, Diamond and Hainmueller 2010): the mean of one column (the outcome or a
    /// covariate) over a range of pre-period times, per unit. Immutable.
    /// </summary>
    public sealed class PanelPredictor
    {
        private PanelPredictor(string column, int from, int to)
        {
            Column = column;
            From = from;
            To = to;
        }

        /// <summary>The column averaged: the panel's outcome or one of its covariates.</summary>
        public string Column { get; }

        /// <summary>The first period of the range.</summary>
        public int From { get; }

        /// <summary>The last period of the range (inclusive); before the start.</summary>
        public int To { get; }

        /// <summary>The predictor's name: the column and its range, such as "PacksPerCapita 1988" or "beer 1984–1988".</summary>
        public string Name => From == To ? Invariant($"{Column} {From}") : Invariant($"{Column} {From}–{To}");

        /// <summary>The mean of a column over a range of periods (missing covariate cells are skipped).</summary>
        /// <param name="column">The outcome or a covariate column.</param>
        /// <param name="from">The first period.</param>
        /// <param name="to">The last period, not before <paramref name="from"/>.</param>
        /// <returns>The predictor.</returns>
        public static PanelPredictor Mean(string column, int from, int to)
        {
            if (string.IsNullOrWhiteSpace(column))
            {
                throw new ArgumentException("A predictor names a column.", nameof(column));
            }

            return to < from ? throw new ArgumentOutOfRangeException(nameof(to), Invariant($"The range {from}–{to} of {column} ends before it starts.")) : new PanelPredictor(column, from, to);
        }

        /// <summary>
        /// Reads <c>COLUMN:FROM</c>, <c>COLUMN:FROM-TO</c> or <c>COLUMN:mean:FROM-TO</c> (the mean is the only aggregate).
        /// </summary>
        /// <param name="text">The text, such as "beer:mean:1984-1988" or "PacksPerCapita:1975".</param>
        /// <returns>The predictor.</returns>
        /// <exception cref="FormatException">The text is not of that form.</exception>
        public static PanelPredictor Parse(string text)
        {
            var parts = (text ?? throw new ArgumentNullException(nameof(text))).Split(':');
            if (parts.Length == 3 && !string.Equals(parts[1], "mean", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException($"predictor '{text}': the aggregate '{parts[1]}' is not supported; 'mean' is the only one.");
            }

            if ((parts.Length != 2 && parts.Length != 3) || parts[0].Trim().Length == 0)
            {
                throw new FormatException($"predictor '{text}': expected COLUMN:FROM, COLUMN:FROM-TO or COLUMN:mean:FROM-TO, such as beer:mean:1984-1988.");
            }

            var range = parts[parts.Length - 1].Split('-');
            if (range.Length > 2 || !int.TryParse(range[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(range[range.Length - 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var to) || to < from)
            {
                throw new FormatException($"predictor '{text}': the range '{parts[parts.Length - 1]}' is not FROM or FROM-TO in whole periods, FROM not after TO.");
            }

            return new PanelPredictor(parts[0].Trim(), from, to);
        }

        /// <inheritdoc />
        public override string ToString() => Name;

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
