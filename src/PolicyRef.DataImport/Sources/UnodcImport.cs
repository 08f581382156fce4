using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PolicyRef.DataImport.Csv;

namespace PolicyRef.DataImport.Sources
{
    /// <summary>
    /// UNODC "Prisons and prisoners" (release of 11 May 2023): counts and rates by year, capacity,
    /// facilities, deaths, and PolicyRef's derived occupancy, pre-trial and female shares.
    /// </summary>
    internal static class UnodcImport
    {
        public const string File = "unodc-prisons-2023-05/data_cts_prisons_and_prisoners.csv";

        private const string Counts = "Counts";
        private const string Rate = "Rate per 100,000 population";

        private static readonly Selector HeldTotal = new Selector("Persons held", "Total", "Total", "Total", "Total", Counts);
        private static readonly Selector HeldRate = new Selector("Persons held", "Total", "Total", "Total", "Total", Rate);
        private static readonly Selector HeldAdult = new Selector("Persons held", "Total", "Total", "Total", "Adult", Counts);
        private static readonly Selector HeldFemale = new Selector("Persons held", "Total", "Total", "Female", "Total", Counts);
        private static readonly Selector Unsentenced = new Selector("Persons held", "by status", "Unsentenced", "Total", "Total", Counts);
        private static readonly Selector CapacityTotal = new Selector("Prisons facilities and capacity", "Total", "Official prison capacity", "Total", "Total", Counts);
        private static readonly Selector CapacityAdult = new Selector("Prisons facilities and capacity", "Total", "Official prison capacity", "Total", "Adult", Counts);
        private static readonly Selector Facilities = new Selector("Prisons facilities and capacity", "Total", "Number of facilities", "Total", "Total", Counts);
        private static readonly Selector Deaths = new Selector("Mortality in prison", "Total", "Total", "Total", "Total", Counts);

        /// <summary>
        /// The scope rule: a row whose Age is <c>Adult</c> counts adults only (places in adult facilities, adults held),
        /// so a claim made from it, or derived from it, names these variants rather than the metric's standard definition.
        /// </summary>
        public const string AdultCapacityVariant = "adult-facilities-only";

        /// <inheritdoc cref="AdultCapacityVariant"/>
        public const string AdultOccupancyVariant = "adults-only";

        private static readonly Selector[] Selectors = { HeldTotal, HeldRate, HeldAdult, HeldFemale, Unsentenced, CapacityTotal, CapacityAdult, Facilities, Deaths };

        public static void Import(string datasets, ImportContext context)
        {
            var table = CsvTable.Read(Path.Combine(datasets, File));
            var c = new Columns(table);
            var found = new SortedDictionary<(string Id, int Year, int Selector), List<Row>>();
            foreach (var record in table.Rows)
            {
                var where = $"{File}:{record.Line}";
                var code = record[c.Code];
                string id;
                if (context.Tables.TryMapName("unodc", code, out var mapped))
                {
                    if (mapped.Length == 0)
                    {
                        context.Report.Skip(ImportReport.WorldTotal, $"{where}: {code}");
                        continue;
                    }

                    id = mapped;
                }
                else if (context.Tables.IsKnown(code))
                {
                    id = code;
                }
                else
                {
                    context.Report.Skip(ImportReport.UnknownCode, $"{where}: UNODC code '{code}'");
                    continue;
                }

                context.UnodcNames.TryAdd(id, record[c.Country]);
                if (!Numbers.TryYear(record[c.Year], out var year))
                {
                    context.Report.Skip(ImportReport.BadYear, $"{where}: {code} {record[c.Category]}, year '{record[c.Year]}', value {record[c.Value]} (UNODC source code {record[c.Source]})");
                    continue;
                }

                if (code == "SLV" && record[c.Indicator] == "Persons held" && record[c.Sex] != "Total" && (year == 2020 || year == 2021))
                {
                    context.Report.Skip(ImportReport.SlvBySex, $"{where}: SLV {year} {record[c.Indicator]} / {record[c.Dimension]} / {record[c.Category]}, sex {record[c.Sex]}, age {record[c.Age]}, {record[c.Unit]} = {record[c.Value]}");
                    continue;
                }

                var index = Array.FindIndex(Selectors, s => s.Matches(record, c));
                if (index < 0)
                {
                    continue;
                }

                var key = (id, year, index);
                if (!found.TryGetValue(key, out var list))
                {
                    found[key] = list = new List<Row>();
                }

                list.Add(new Row(code, year, record[c.Value], record[c.Source], where));
            }

            var rows = Resolve(found, context.Report);
            foreach (var (id, year) in rows.Keys.Select(k => (k.Id, k.Year)).Distinct())
            {
                Emit(context, id, year, s => rows.TryGetValue((id, year, Array.IndexOf(Selectors, s)), out var row) ? row : null);
            }
        }

        private static SortedDictionary<(string Id, int Year, int Selector), Row> Resolve(SortedDictionary<(string Id, int Year, int Selector), List<Row>> found, ImportReport report)
        {
            var rows = new SortedDictionary<(string, int, int), Row>();
            foreach (var (key, list) in found)
            {
                var what = $"{list[0].Code} {key.Year} {Selectors[key.Selector].Describe()}";
                if (list.Select(r => r.Value).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    report.Skip(ImportReport.ConflictingDuplicate, $"{string.Join(", ", list.Select(r => r.Where))}: {what}: {string.Join(" vs ", list.Select(r => r.Value))}");
                    continue;
                }

                if (list.Count > 1)
                {
                    report.Skip(ImportReport.SameDuplicate, $"{string.Join(", ", list.Skip(1).Select(r => r.Where))}: {what} = {list[0].Value}, repeated");
                }

                rows[key] = list[0];
            }

            return rows;
        }

        private static void Emit(ImportContext context, string id, int year, Func<Selector, Row?> get)
        {
            var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var held = get(HeldTotal);
            if (held is not null)
            {
                context.Add(id, "prison-population-total", held.Value, period, BulkSources.Unodc, $"UNODC persons held, total, {year}; the file gives the year only, not the day of the count (UNODC source code: {held.Source}).{Fraction(held)}", held.Where);
            }

            var rate = get(HeldRate);
            if (rate is not null)
            {
                context.Add(id, "prison-population-rate", rate.Value, period, BulkSources.Unodc, $"UNODC rate per 100,000 for {year}, on UNODC's own population figures; full precision as in the file (UNODC source code: {rate.Source}).", rate.Where);
            }

            var capacity = get(CapacityTotal);
            var adultCapacity = capacity is null ? get(CapacityAdult) : null;
            if (capacity is not null)
            {
                context.Add(id, "official-capacity", capacity.Value, period, BulkSources.Unodc, $"UNODC official prison capacity, total, {year} (UNODC source code: {capacity.Source}); UNODC capacity usually refers to 31 December.{Fraction(capacity)}", capacity.Where);
            }
            else if (adultCapacity is not null)
            {
                context.Add(id, "official-capacity", adultCapacity.Value, period, BulkSources.Unodc, $"UNODC official prison capacity for adult facilities only, {year} (UNODC source code: {adultCapacity.Source}); the file has no total capacity row for this year, so places for juveniles are not included.{Fraction(adultCapacity)}", adultCapacity.Where, definition: AdultCapacityVariant);
            }

            var facilities = get(Facilities);
            if (facilities is not null)
            {
                context.Add(id, "prison-establishments", facilities.Value, period, BulkSources.Unodc, $"UNODC number of prison facilities, {year} (UNODC source code: {facilities.Source}).{Fraction(facilities)}", facilities.Where);
            }

            var deaths = get(Deaths);
            if (deaths is not null)
            {
                context.Add(id, "deaths-in-custody", deaths.Value, period, BulkSources.Unodc, $"UNODC 'Mortality in prison', total deaths of persons held during {year}, all causes (UNODC source code: {deaths.Source}).{Fraction(deaths)}", deaths.Where);
            }

            const string Rounded = "times 100, rounded to 2 decimals";
            if (held is not null && capacity is not null)
            {
                Derive(context, id, "occupancy-level", period, held, HeldTotal, capacity, CapacityTotal, $"Computed by PolicyRef: UNODC persons held divided by official capacity for {year}, {Rounded}. Both figures are UNODC's for the same year but may refer to different days.");
            }
            else if (adultCapacity is not null && get(HeldAdult) is { } adults)
            {
                Derive(context, id, "occupancy-level", period, adults, HeldAdult, adultCapacity, CapacityAdult, $"Computed by PolicyRef: UNODC adults held divided by adult official capacity for {year} (the file has no total capacity row for this year), {Rounded}. Both figures are UNODC's for the same year but may refer to different days.", AdultOccupancyVariant);
            }

            if (held is not null && get(Unsentenced) is { } unsentenced)
            {
                Derive(context, id, "pretrial-share", period, unsentenced, Unsentenced, held, HeldTotal, $"Computed by PolicyRef: UNODC unsentenced persons held divided by total persons held for {year}, {Rounded}.");
            }

            if (held is not null && get(HeldFemale) is { } female)
            {
                Derive(context, id, "female-share", period, female, HeldFemale, held, HeldTotal, $"Computed by PolicyRef: UNODC female persons held divided by total persons held for {year}, {Rounded}.");
            }
        }

        private static void Derive(ImportContext context, string id, string metric, string period, Row numerator, Selector numeratorSelector, Row denominator, Selector denominatorSelector, string note, string? definition = null)
        {
            var inputs = new[] { Input(numerator, numeratorSelector), Input(denominator, denominatorSelector) };
            var where = $"derived from {numerator.Where} and {denominator.Where}";
            if (!Numbers.TryParse(numerator.Value, out var top) || !Numbers.TryParse(denominator.Value, out var bottom))
            {
                context.Report.Skip(ImportReport.BadNumber, $"{where}: {id} {metric} {period}");
                return;
            }

            if (bottom == 0m)
            {
                context.Report.Skip(ImportReport.ZeroDenominator, $"{where}: {id} {metric} {period}");
                return;
            }

            context.Add(id, metric, Numbers.Format(Numbers.Percent(top, bottom)), period, BulkSources.Unodc, note, where, inputs, definition);
        }

        private static string Input(Row row, Selector selector) =>
            $"{BulkSources.Unodc}: {row.Code} {row.Year} {selector.Describe()} = {row.Value}";

        private static string Fraction(Row row) =>
            Numbers.IsWhole(row.Value) ? string.Empty : " The file gives a non-integer count; kept as given.";

        private sealed record Row(string Code, int Year, string Value, string Source, string Where);

        private sealed record Selector(string Indicator, string Dimension, string Category, string Sex, string Age, string Unit)
        {
            public bool Matches(CsvRecord record, Columns c) =>
                record[c.Indicator] == Indicator && record[c.Dimension] == Dimension && record[c.Category] == Category
                && record[c.Sex] == Sex && record[c.Age] == Age && record[c.Unit] == Unit;

            public string Describe() => $"{Indicator} / {Dimension} / {Category}, sex {Sex}, age {Age}, {(Unit == Counts ? "counts" : "rate per 100,000")}";
        }

        private sealed class Columns
        {
            public Columns(CsvTable table)
            {
                Code = table.Column("Iso3_code");
                Country = table.Column("Country");
                Indicator = table.Column("Indicator");
                Dimension = table.Column("Dimension");
                Category = table.Column("Category");
                Sex = table.Column("Sex");
                Age = table.Column("Age");
                Year = table.Column("Year");
                Unit = table.Column("Unit of measurement");
                Value = table.Column("VALUE");
                Source = table.Column("Source");
            }

            public int Code { get; }

            public int Country { get; }

            public int Indicator { get; }

            public int Dimension { get; }

            public int Category { get; }

            public int Sex { get; }

            public int Age { get; }

            public int Year { get; }

            public int Unit { get; }

            public int Value { get; }

            public int Source { get; }
        }
    }
}
