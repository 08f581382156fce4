using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using PolicyRef.Data;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>
    /// A balanced panel: one outcome for every unit in every period, nothing filled. Built from tidy rows or read from a
    /// CSV file; a missing cell, a duplicate unit-period or a non-numeric outcome is a <see cref="PolicyDataException"/>
    /// naming the file and line, with every problem at once.
    /// </summary>
    public sealed class Panel
    {
        private readonly double[,] outcomes;
        private readonly ImmutableDictionary<string, double[,]> covariates;

        private Panel(string source, string outcomeName, ImmutableArray<string> units, ImmutableArray<int> times, double[,] outcomes, ImmutableDictionary<string, double[,]> covariates)
        {
            Source = source;
            OutcomeName = outcomeName;
            Units = units;
            Times = times;
            this.outcomes = outcomes;
            this.covariates = covariates;
            Covariates = covariates.Keys.OrderBy(k => k, StringComparer.Ordinal).ToImmutableArray();
        }

        /// <summary>The outcome's name: its column header, or "outcome" for a panel built from observations. A predictor naming it averages the outcome.</summary>
        public string OutcomeName { get; }

        /// <summary>The covariate columns, for synthetic control predictors.</summary>
        public ImmutableArray<string> Covariates { get; }

        /// <summary>Where the panel came from (a file name, or "observations").</summary>
        public string Source { get; }

        /// <summary>The units, in order of first appearance.</summary>
        public ImmutableArray<string> Units { get; }

        /// <summary>The periods, ascending.</summary>
        public ImmutableArray<int> Times { get; }

        /// <summary>A unit's outcome in a period.</summary>
        /// <param name="unit">One of <see cref="Units"/>.</param>
        /// <param name="time">One of <see cref="Times"/>.</param>
        /// <returns>The outcome.</returns>
        public double Outcome(string unit, int time)
        {
            var i = Units.IndexOf(unit);
            var t = Times.IndexOf(time);
            if (i < 0 || t < 0)
            {
                throw new KeyNotFoundException($"No outcome for unit '{unit}' in period {time}.");
            }

            return outcomes[i, t];
        }

        /// <summary>A unit's covariate in a period.</summary>
        /// <param name="covariate">One of <see cref="Covariates"/>.</param>
        /// <param name="unit">One of <see cref="Units"/>.</param>
        /// <param name="time">One of <see cref="Times"/>.</param>
        /// <returns>The value; NaN for a missing cell.</returns>
        public double Covariate(string covariate, string unit, int time)
        {
            var i = Units.IndexOf(unit);
            var t = Times.IndexOf(time);
            if (covariate is null || !covariates.TryGetValue(covariate, out var values) || i < 0 || t < 0)
            {
                throw new KeyNotFoundException($"No covariate '{covariate}' for unit '{unit}' in period {time}.");
            }

            return values[i, t];
        }

        /// <summary>The values of a column (the outcome or a covariate) by unit index and period index; null when the panel has no such column.</summary>
        internal double[,]? Column(string name) => name == OutcomeName ? outcomes : covariates.TryGetValue(name, out var values) ? values : null;

        /// <summary>Builds a panel from tidy rows.</summary>
        /// <param name="observations">One row per unit and period.</param>
        /// <returns>The panel.</returns>
        public static Panel FromObservations(IEnumerable<PanelObservation> observations) =>
            Build("observations", "outcome", (observations ?? throw new ArgumentNullException(nameof(observations))).Select((o, i) => (o, i + 1)).ToList(), new List<DataProblem>());

        /// <summary>Reads a tidy CSV file with a header row.</summary>
        /// <param name="path">The file.</param>
        /// <param name="unitColumn">The header of the unit column.</param>
        /// <param name="timeColumn">The header of the period column (whole numbers).</param>
        /// <param name="outcomeColumn">The header of the outcome column (numbers).</param>
        /// <returns>The panel.</returns>
        public static Panel ReadCsv(string path, string unitColumn, string timeColumn, string outcomeColumn) =>
            ReadCsv(path, unitColumn, timeColumn, outcomeColumn, Array.Empty<string>());

        /// <summary>Reads a tidy CSV file with a header row and covariate columns (empty or NA cells are missing, and allowed).</summary>
        /// <param name="path">The file.</param>
        /// <param name="unitColumn">The header of the unit column.</param>
        /// <param name="timeColumn">The header of the period column (whole numbers).</param>
        /// <param name="outcomeColumn">The header of the outcome column (numbers).</param>
        /// <param name="covariateColumns">The headers of covariate columns.</param>
        /// <returns>The panel.</returns>
        public static Panel ReadCsv(string path, string unitColumn, string timeColumn, string outcomeColumn, IEnumerable<string> covariateColumns)
        {
            using var reader = new StreamReader(path ?? throw new ArgumentNullException(nameof(path)));
            return ReadCsv(reader, Path.GetFileName(path), unitColumn, timeColumn, outcomeColumn, covariateColumns);
        }

        /// <summary>Reads tidy CSV text with a header row.</summary>
        /// <param name="reader">The text.</param>
        /// <param name="fileName">The name given in problems.</param>
        /// <param name="unitColumn">The header of the unit column.</param>
        /// <param name="timeColumn">The header of the period column (whole numbers).</param>
        /// <param name="outcomeColumn">The header of the outcome column (numbers).</param>
        /// <returns>The panel.</returns>
        public static Panel ReadCsv(TextReader reader, string fileName, string unitColumn, string timeColumn, string outcomeColumn) =>
            ReadCsv(reader, fileName, unitColumn, timeColumn, outcomeColumn, Array.Empty<string>());

        /// <summary>Reads tidy CSV text with a header row and covariate columns (empty or NA cells are missing, and allowed).</summary>
        /// <param name="reader">The text.</param>
        /// <param name="fileName">The name given in problems.</param>
        /// <param name="unitColumn">The header of the unit column.</param>
        /// <param name="timeColumn">The header of the period column (whole numbers).</param>
        /// <param name="outcomeColumn">The header of the outcome column (numbers).</param>
        /// <param name="covariateColumns">The headers of covariate columns.</param>
        /// <returns>The panel.</returns>
        public static Panel ReadCsv(TextReader reader, string fileName, string unitColumn, string timeColumn, string outcomeColumn, IEnumerable<string> covariateColumns)
        {
            var problems = new List<DataProblem>();
            var covariates = (covariateColumns ?? throw new ArgumentNullException(nameof(covariateColumns))).Distinct(StringComparer.Ordinal).Where(c => c != outcomeColumn).ToList();
            var rows = PanelCsvReader.Read(reader ?? throw new ArgumentNullException(nameof(reader)), fileName, unitColumn, timeColumn, outcomeColumn, covariates, problems);
            return Build(fileName, outcomeColumn, rows, problems);
        }

        internal double[,] Matrix(IReadOnlyList<int> unitOrder)
        {
            var result = new double[unitOrder.Count, Times.Length];
            for (var i = 0; i < unitOrder.Count; i++)
            {
                for (var t = 0; t < Times.Length; t++)
                {
                    result[i, t] = outcomes[unitOrder[i], t];
                }
            }

            return result;
        }

        private static Panel Build(string source, string outcomeName, IReadOnlyList<(PanelObservation Row, int Line)> rows, List<DataProblem> problems)
        {
            var units = rows.Select(r => r.Row.Unit).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var times = rows.Select(r => r.Row.Time).Distinct().OrderBy(t => t).ToImmutableArray();
            var seen = new Dictionary<(string, int), int>();
            foreach (var (row, line) in rows)
            {
                if (double.IsNaN(row.Outcome) || double.IsInfinity(row.Outcome))
                {
                    problems.Add(new DataProblem(DataProblemKind.InvalidValue, source, line, 0, string.Empty, $"the outcome of {row.Unit} in {row.Time} is not a finite number."));
                }

                if (seen.TryGetValue((row.Unit, row.Time), out var first))
                {
                    problems.Add(new DataProblem(DataProblemKind.DuplicateId, source, line, 0, string.Empty, $"{row.Unit} in {row.Time} appears again (first on line {first}); expected one row per unit and period."));
                }
                else
                {
                    seen[(row.Unit, row.Time)] = line;
                }
            }

            foreach (var unit in units)
            {
                var missing = times.Where(t => !seen.ContainsKey((unit, t))).ToList();
                if (missing.Count > 0)
                {
                    problems.Add(new DataProblem(DataProblemKind.MissingField, source, 0, 0, string.Empty, $"{unit} has no row for {string.Join(", ", missing)}; a balanced panel needs every unit in every period (nothing is filled)."));
                }
            }

            if (problems.Count == 0 && (units.Length < 2 || times.Length < 2))
            {
                problems.Add(new DataProblem(DataProblemKind.InvalidFile, source, 0, 0, string.Empty, "a panel needs at least two units and two periods."));
            }

            if (problems.Count > 0)
            {
                throw new PolicyDataException(problems.OrderBy(p => p.Line));
            }

            var index = units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i, StringComparer.Ordinal);
            var timeIndex = times.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
            var values = new double[units.Length, times.Length];
            var covariateNames = rows.SelectMany(r => r.Row.Covariates.Keys).Distinct(StringComparer.Ordinal).ToList();
            var covariateValues = covariateNames.ToDictionary(n => n, n => Filled(units.Length, times.Length), StringComparer.Ordinal);
            foreach (var (row, _) in rows)
            {
                values[index[row.Unit], timeIndex[row.Time]] = row.Outcome;
                foreach (var covariate in row.Covariates)
                {
                    covariateValues[covariate.Key][index[row.Unit], timeIndex[row.Time]] = covariate.Value;
                }
            }

            return new Panel(source, outcomeName, units, times, values, covariateValues.ToImmutableDictionary(StringComparer.Ordinal));
        }

        // A covariate absent from a row is missing, as an empty cell would be.
        private static double[,] Filled(int units, int times)
        {
            var result = new double[units, times];
            for (var i = 0; i < units; i++)
            {
                for (var t = 0; t < times; t++)
                {
                    result[i, t] = double.NaN;
                }
            }

            return result;
        }
    }
}
