using System;
using System.Collections.Generic;
using System.IO;
using DuckDB.NET.Data;
using PolicyRef.Export;
using PolicyRef.Export.Parquet;

namespace PolicyRef.Export.Tests
{
    /// <summary>The shipped data set exported once as CSV and as Parquet, and a DuckDB connection to read it with.</summary>
    internal static class ExportedData
    {
        private static readonly Lazy<(string Csv, string Parquet)> Directories = new Lazy<(string, string)>(() =>
        {
            var root = Directory.CreateTempSubdirectory("policyref-export-tests-").FullName;
            var csv = Path.Combine(root, "csv");
            var parquet = Path.Combine(root, "parquet");
            CsvExport.Write(PolicyReference.Default, csv);
            ParquetExport.Write(PolicyReference.Default, parquet);
            return (csv, parquet);
        });

        public static string CsvDirectory => Directories.Value.Csv;

        public static string ParquetDirectory => Directories.Value.Parquet;

        public static string Parquet(string table) => Path.Combine(ParquetDirectory, table + ".parquet").Replace("'", "''", StringComparison.Ordinal);

        public static string Csv(string table) => Path.Combine(CsvDirectory, table + ".csv").Replace("'", "''", StringComparison.Ordinal);

        /// <summary>The rows of a query, each as its column values (DBNull as null).</summary>
        public static List<object?[]> Query(string sql)
        {
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return rows;
        }

        /// <summary>The column names of a query's result, in order.</summary>
        public static List<string> Columns(string sql)
        {
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                names.Add(reader.GetName(i));
            }

            return names;
        }
    }
}
