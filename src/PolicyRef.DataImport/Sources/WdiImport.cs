using System;
using System.Collections.Generic;
using System.IO;
using PolicyRef.DataImport.Csv;

namespace PolicyRef.DataImport.Sources
{
    /// <summary>World Bank WDI: intentional homicide rate (long format) and total population (bulk-CSV layout).</summary>
    internal static class WdiImport
    {
        public const string HomicideFile = "wdi-homicide-2025-10/homicide_unodc_who.csv";
        public const string PopulationFile = "wdi-population-2025-10/wb_population_total.csv";

        /// <summary>Population years before this are left out: the prison and homicide series start in 1990, and earlier years only add weight to the embedded set.</summary>
        public const int FirstPopulationYear = 1990;

        /// <summary>Imports both files; returns the homicide rates by (id, year) for the OWID comparison.</summary>
        public static Dictionary<(string Id, string Year), decimal> Import(string datasets, ImportContext context)
        {
            ImportPopulation(CsvTable.Read(Path.Combine(datasets, PopulationFile), skipLines: 4), context);
            return ImportHomicide(CsvTable.Read(Path.Combine(datasets, HomicideFile)), context);
        }

        private static void ImportPopulation(CsvTable table, ImportContext context)
        {
            var name = table.Column("Country Name");
            var code = table.Column("Country Code");
            var indicator = table.Column("Indicator Code");
            var years = new List<(int Column, string Year)>();
            for (var i = 0; i < table.Header.Count; i++)
            {
                if (Numbers.TryYear(table.Header[i], out var headerYear))
                {
                    if (headerYear >= FirstPopulationYear)
                    {
                        years.Add((i, table.Header[i]));
                    }
                }
                else if (i > indicator && table.Header[i].Length > 0)
                {
                    throw new ImportException($"{PopulationFile}: unexpected column '{table.Header[i]}' among the year columns");
                }
            }

            foreach (var row in table.Rows)
            {
                var where = $"{PopulationFile}:{row.Line}";
                if (row[indicator] != "SP.POP.TOTL")
                {
                    throw new ImportException($"{where}: indicator '{row[indicator]}', expected SP.POP.TOTL");
                }

                if (!context.Tables.IsKnown(row[code]))
                {
                    context.Report.Skip(ImportReport.Aggregate, $"{PopulationFile}: {row[code]} ({row[name]})");
                    continue;
                }

                context.WorldBankNames.TryAdd(row[code], row[name]);
                foreach (var (column, year) in years)
                {
                    if (row[column].Length == 0)
                    {
                        context.Report.Skip(ImportReport.NoValue, $"{where}: {row[code]} population {year}");
                        continue;
                    }

                    context.Add(row[code], "population", row[column], year, BulkSources.WdiPopulation, $"World Bank mid-year population estimate, {year}.", where);
                }
            }
        }

        private static Dictionary<(string, string), decimal> ImportHomicide(CsvTable table, ImportContext context)
        {
            var code = table.Column("iso3");
            var name = table.Column("country");
            var year = table.Column("year");
            var rate = table.Column("rate_per_100k");
            var rates = new Dictionary<(string, string), decimal>();
            foreach (var row in table.Rows)
            {
                var where = $"{HomicideFile}:{row.Line}";
                if (!context.Tables.IsKnown(row[code]))
                {
                    context.Report.Skip(ImportReport.Aggregate, $"{HomicideFile}: {row[code]} ({row[name]})");
                    continue;
                }

                context.WorldBankNames.TryAdd(row[code], row[name]);
                if (!Numbers.TryYear(row[year], out _))
                {
                    context.Report.Skip(ImportReport.BadYear, $"{where}: {row[code]} year '{row[year]}'");
                    continue;
                }

                if (row[rate].Length == 0)
                {
                    context.Report.Skip(ImportReport.NoValue, $"{where}: {row[code]} homicide-rate {row[year]}");
                    continue;
                }

                if (context.Add(row[code], "homicide-rate", row[rate], row[year], BulkSources.WdiHomicide, $"World Bank re-publication of the UNODC/WHO intentional homicide rate for {row[year]} (not an independent measurement).", where))
                {
                    rates[(row[code], row[year])] = context.Claims[^1].Number;
                }
            }

            return rates;
        }
    }
}
