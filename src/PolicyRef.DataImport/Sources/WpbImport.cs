using System;
using System.Collections.Generic;
using System.IO;
using PolicyRef.DataImport.Csv;
using PolicyRef.DataImport.Reference;

namespace PolicyRef.DataImport.Sources
{
    /// <summary>World Prison Brief: the 2017 scrape (trend series and headline tables) and the February 2024 listing.</summary>
    internal static class WpbImport
    {
        public const string SeriesFile = "wpb-prisonbrief-2017/wpb_series_data.csv";
        public const string TablesFile = "wpb-prisonbrief-2017/wpb_tables_data.csv";
        public const string ListingFile = "wpb-rate-snapshot-2024-02/country_data.csv";

        /// <summary>The period of every listing rate: the window in which its undisclosed reference date must fall.</summary>
        public const string ListingPeriod = "2014-01-01/2024-02-13";

        /// <summary>The note of data/countries/USA.json for the listing, used where the listing changed the 2017 headline rate.</summary>
        public const string ListingNote = "Latest rate on WPB's ranking page as listed 10-13 Feb 2024. The listing gives no reference date and the WPB country page was not available to read. The period is the window in which that undisclosed date must fall: later than the July-2017 headline figure it replaced (itself newer than the 2014 trend-table entry) and no later than the listing; it is not a span of accumulation.";

        public const string ListingNoteUnchanged = "Latest rate on WPB's ranking page as listed 10-13 Feb 2024. The listing gives no reference date and the WPB country page was not available to read. The period is the window in which that undisclosed date should fall (no later than the listing); it is not a span of accumulation. The rate equals the WPB headline rate scraped in July 2017, so it may be that older figure still listed, whose date could be earlier than the window.";

        public const string ListingNoteNoHeadline = "Latest rate on WPB's ranking page as listed 10-13 Feb 2024. The listing gives no reference date and the WPB country page was not available to read. The period is the window in which that undisclosed date should fall (no later than the listing); it is not a span of accumulation. The July 2017 scrape has no headline rate for this jurisdiction to compare with.";

        private const string HeadlineNote = "WPB country-page headline figure as scraped in July 2017 ({0}); the scrape dropped WPB's reference date, so the period is the scrape year and the figure may refer to an earlier date.";

        private static readonly (string Column, string Metric, string Extra)[] HeadlineColumns =
        {
            ("prison_population_total", "prison-population-total", string.Empty),
            ("prison_population_rate", "prison-population-rate", string.Empty),
            ("female_prisoners", "female-share", string.Empty),
            ("pre_trial_detainees", "pretrial-share", string.Empty),
            ("foreign_prisoners", "foreign-share", string.Empty),
            ("occupancy_level", "occupancy-level", " Occupancy as computed by WPB against official capacity."),
            ("number_institutions", "prison-establishments", string.Empty),
        };

        public static void Import(string datasets, ImportContext context)
        {
            var headlineRates = new Dictionary<string, string>(StringComparer.Ordinal);
            ImportSeries(CsvTable.Read(Path.Combine(datasets, SeriesFile)), context);
            ImportHeadlines(CsvTable.Read(Path.Combine(datasets, TablesFile)), context, headlineRates);
            ImportListing(CsvTable.Read(Path.Combine(datasets, ListingFile)), context, headlineRates);
        }

        private static void ImportSeries(CsvTable table, ImportContext context)
        {
            var country = table.Column("country");
            var year = table.Column("year");
            var total = table.Column("prison_population_total");
            var rate = table.Column("prison_population_rate");
            foreach (var row in table.Rows)
            {
                var where = $"{SeriesFile}:{row.Line}";
                if (row[year].Length == 0 || row[year] == "NA")
                {
                    context.Report.Skip(ImportReport.NoYear, $"{where}: {ReferenceTables.NormalizeName(row[country])}");
                    continue;
                }

                var id = Map(context, row[country], where);
                if (id is null)
                {
                    continue;
                }

                if (!Numbers.TryYear(row[year], out _))
                {
                    context.Report.Skip(ImportReport.BadYear, $"{where}: {id} year '{row[year]}'");
                    continue;
                }

                var period = row[year];
                AddValue(context, id, "prison-population-total", row[total], period, $"WPB trend-table entry for {period}; the scrape keeps the year but not the day of the count.", where);
                AddValue(context, id, "prison-population-rate", row[rate], period, $"WPB trend-table rate for {period}, on WPB's own population estimate; the scrape keeps the year but not the day of the count.", where);
            }
        }

        private static void ImportHeadlines(CsvTable table, ImportContext context, Dictionary<string, string> headlineRates)
        {
            var country = table.Column("country");
            foreach (var row in table.Rows)
            {
                var where = $"{TablesFile}:{row.Line}";
                var id = Map(context, row[country], where);
                if (id is null)
                {
                    continue;
                }

                foreach (var (column, metric, extra) in HeadlineColumns)
                {
                    var value = row[table.Column(column)];
                    var note = string.Format(System.Globalization.CultureInfo.InvariantCulture, HeadlineNote, "column " + column) + extra;
                    if (AddValue(context, id, metric, value, "2017", note, where) && column == "prison_population_rate")
                    {
                        headlineRates[id] = value;
                    }
                }
            }
        }

        private static void ImportListing(CsvTable table, ImportContext context, Dictionary<string, string> headlineRates)
        {
            var title = table.Column("Title");
            var rate = table.Column("Prison Population Rate");
            foreach (var row in table.Rows)
            {
                var where = $"{ListingFile}:{row.Line}";
                var id = Map(context, row[title], where);
                if (id is null)
                {
                    continue;
                }

                if (row[rate].Length == 0 || row[rate] == "NA")
                {
                    context.Report.Skip(ImportReport.NoValue, $"{where}: {id} prison-population-rate (listing reads '{row[rate]}')");
                    continue;
                }

                string note;
                if (!headlineRates.TryGetValue(id, out var headline))
                {
                    note = ListingNoteNoHeadline;
                    context.Report.Note("WPB 2024 listing rates with no 2017 headline rate to compare (note says so)", id);
                }
                else if (Numbers.TryParse(headline, out var old) && Numbers.TryParse(row[rate], out var current) && old == current)
                {
                    note = ListingNoteUnchanged;
                    context.Report.Note("WPB 2024 listing rates equal to the 2017 headline rate (note says the date may predate the window)", $"{id} {row[rate]}");
                }
                else
                {
                    note = ListingNote;
                }

                AddValue(context, id, "prison-population-rate", row[rate], ListingPeriod, note, where, BulkSources.Wpb2024);
            }
        }

        private static bool AddValue(ImportContext context, string id, string metric, string value, string period, string note, string where, string source = BulkSources.Wpb2017)
        {
            if (value.Length == 0 || value == "NA")
            {
                context.Report.Skip(ImportReport.NoValue, $"{where}: {id} {metric} {period}");
                return false;
            }

            return context.Add(id, metric, value, period, source, note, where);
        }

        private static string? Map(ImportContext context, string name, string where)
        {
            var normalized = ReferenceTables.NormalizeName(name);
            if (!context.Tables.TryMapName("wpb", normalized, out var id))
            {
                context.Report.UnmappedName("wpb", normalized, where);
                return null;
            }

            return id.Length == 0 ? null : id;
        }
    }
}
