using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PolicyRef.Data;

namespace PolicyRef.Queries.Estimation
{
    /// <summary>Reads the three named columns of a CSV file (RFC 4180 quoting), recording a problem for every bad row.</summary>
    internal static class PanelCsvReader
    {
        public static List<(PanelObservation Row, int Line)> Read(TextReader reader, string file, string unitColumn, string timeColumn, string outcomeColumn, IReadOnlyList<string> covariateColumns, List<DataProblem> problems)
        {
            var rows = new List<(PanelObservation, int)>();
            var header = reader.ReadLine();
            if (header is null)
            {
                problems.Add(new DataProblem(DataProblemKind.InvalidFile, file, 0, 0, string.Empty, "the file is empty; expected a header row and one row per unit and period."));
                return rows;
            }

            var names = Split(header);
            var wanted = new[] { unitColumn, timeColumn, outcomeColumn }.Concat(covariateColumns).ToArray();
            var columns = wanted.Select(c => names.IndexOf(c)).ToArray();
            var absent = wanted.Where((_, k) => columns[k] < 0).ToList();
            if (absent.Count > 0)
            {
                problems.Add(new DataProblem(DataProblemKind.MissingField, file, 1, 0, string.Empty, $"no column {string.Join(", ", absent.Select(a => "'" + a + "'"))}; the header has {string.Join(", ", names)}."));
                return rows;
            }

            var lineNumber = 1;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                var fields = Split(line);
                string Field(int k) => columns[k] < fields.Count ? fields[columns[k]].Trim() : string.Empty;
                var unit = Field(0);
                var timeText = Field(1);
                var outcomeText = Field(2);
                var ok = true;
                if (unit.Length == 0)
                {
                    problems.Add(Problem(file, lineNumber, columns[0], DataProblemKind.MissingField, $"the cell '{unitColumn}' is empty; expected a unit name."));
                    ok = false;
                }

                if (!int.TryParse(timeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var time))
                {
                    problems.Add(Problem(file, lineNumber, columns[1], timeText.Length == 0 ? DataProblemKind.MissingField : DataProblemKind.InvalidValue, $"'{timeColumn}' is '{timeText}'; expected a whole number such as a year."));
                    ok = false;
                }

                if (!double.TryParse(outcomeText, NumberStyles.Float, CultureInfo.InvariantCulture, out var outcome) || double.IsNaN(outcome) || double.IsInfinity(outcome))
                {
                    problems.Add(Problem(file, lineNumber, columns[2], outcomeText.Length == 0 ? DataProblemKind.MissingField : DataProblemKind.InvalidValue, $"'{outcomeColumn}' is '{outcomeText}'; expected a number (nothing is filled)."));
                    ok = false;
                }

                // A covariate cell may be empty or NA (predictors average the cells they have); anything else must be a number.
                var covariates = new List<KeyValuePair<string, double>>();
                for (var c = 0; c < covariateColumns.Count; c++)
                {
                    var text = Field(3 + c);
                    if (text.Length == 0 || text == "NA")
                    {
                        covariates.Add(new KeyValuePair<string, double>(covariateColumns[c], double.NaN));
                    }
                    else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && !double.IsInfinity(value))
                    {
                        covariates.Add(new KeyValuePair<string, double>(covariateColumns[c], value));
                    }
                    else
                    {
                        problems.Add(Problem(file, lineNumber, columns[3 + c], DataProblemKind.InvalidValue, $"covariate '{covariateColumns[c]}' is '{text}'; expected a number, or empty or NA for a missing cell."));
                        ok = false;
                    }
                }

                if (ok)
                {
                    rows.Add((new PanelObservation(unit, time, outcome, covariates), lineNumber));
                }
            }

            return rows;
        }

        private static DataProblem Problem(string file, int line, int column, DataProblemKind kind, string message) =>
            new DataProblem(kind, file, line, column + 1, string.Empty, message);

        private static List<string> Split(string line)
        {
            var fields = new List<string>();
            var current = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        current.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        current.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            fields.Add(current.ToString().TrimEnd('\r'));
            return fields;
        }
    }
}
