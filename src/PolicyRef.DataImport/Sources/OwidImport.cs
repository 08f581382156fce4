using System;
using System.Collections.Generic;
using System.IO;
using PolicyRef.DataImport.Csv;
using PolicyRef.DataImport.Reference;

namespace PolicyRef.DataImport.Sources
{
    /// <summary>
    /// Our World in Data's latest UNODC homicide rate per country; taken only where it adds a year to the
    /// World Bank series or differs from it by more than 0.001 (SOURCE.md: 115 of 118 matched pairs agree to
    /// 0.001, the rest being rounding of the same UNODC figure).
    /// </summary>
    internal static class OwidImport
    {
        public const string File = "owid-homicide-latest-2025-11/homicide-rate-unodc.csv";
        public const decimal Agreement = 0.001m;

        public static void Import(string datasets, ImportContext context, IReadOnlyDictionary<(string Id, string Year), decimal> worldBank)
        {
            var table = CsvTable.Read(Path.Combine(datasets, File));
            var entity = table.Column("Entity");
            var code = table.Column("Code");
            var value = table.Column("Homicide rate per 100,000 population - sex: Total - age: Total");

            // The header has two columns named "time": the first is the year of the region column, the last the
            // year of the homicide value.
            var time = table.LastColumn("time");
            foreach (var row in table.Rows)
            {
                var where = $"{File}:{row.Line}";
                var name = ReferenceTables.NormalizeName(row[entity]);
                if (!context.Tables.TryMapName("owid", name, out var id))
                {
                    context.Report.UnmappedName("owid", name, where);
                    continue;
                }

                if (id.Length == 0)
                {
                    continue;
                }

                if (row[code].Length > 0 && row[code] != id)
                {
                    context.Report.Skip(ImportReport.CodeMismatch, $"{where}: '{name}' Code {row[code]}, mapped to {id}");
                }

                if (row[value].Length == 0)
                {
                    context.Report.Skip(ImportReport.NoValue, $"{where}: {id} homicide-rate (no value; its time column reads {row[time]})");
                    continue;
                }

                var year = row[time];
                if (!Numbers.TryYear(year, out _))
                {
                    context.Report.Skip(ImportReport.BadYear, $"{where}: {id} year '{year}'");
                    continue;
                }

                if (!Numbers.TryParse(row[value], out var rate))
                {
                    context.Report.Skip(ImportReport.BadNumber, $"{where}: {id} homicide-rate {year}: '{row[value]}'");
                    continue;
                }

                string reason;
                if (worldBank.TryGetValue((id, year), out var wdi))
                {
                    if (Math.Abs(rate - wdi) <= Agreement)
                    {
                        context.Report.Skip(ImportReport.SameAsWdi, $"{where}: {id} {year}: {row[value]} vs {Numbers.Format(wdi)}");
                        continue;
                    }

                    reason = $"differs from the World Bank re-publication for the same year ({Numbers.Format(wdi)})";
                }
                else
                {
                    reason = $"the World Bank file has no {year} value for this country";
                }

                var note = $"Latest UNODC homicide rate for this country as processed by Our World in Data (2025 release); {reason}.";
                if (id == "GBR")
                {
                    note += " OWID computes the United Kingdom value from UNODC figures for its four nations.";
                }

                if (year == "2024")
                {
                    note += " OWID computes the rates of the latest year with UN World Population Prospects projections.";
                }

                context.Add(id, "homicide-rate", row[value], year, BulkSources.Owid, note, where);
            }
        }
    }
}
