using PolicyRef.DataImport.Csv;
using Xunit;

namespace PolicyRef.DataImport.Tests
{
    public class CsvTableTests
    {
        [Fact]
        public void Quoted_fields_keep_commas_quotes_and_line_breaks()
        {
            var table = CsvTable.Parse("name,value,note\n\"Ireland, Republic of\",80,\"said \"\"about\"\" 80\"\n\"two\nlines\",1,\n", "test");
            Assert.Equal(new[] { "name", "value", "note" }, table.Header);
            Assert.Equal(2, table.Rows.Count);
            Assert.Equal("Ireland, Republic of", table.Rows[0][0]);
            Assert.Equal("said \"about\" 80", table.Rows[0][2]);
            Assert.Equal("two\nlines", table.Rows[1][0]);
            Assert.Equal(string.Empty, table.Rows[1][2]);
        }

        [Fact]
        public void Byte_order_mark_crlf_and_metadata_lines_are_handled()
        {
            var table = CsvTable.Parse("\uFEFF\"Data Source\",\"WDI\",\r\n\r\n\"Last Updated Date\",\"2025-10-07\",\r\n\r\n\"Country Code\",\"2023\",\r\n\"SLV\",\"6309624\",\r\n", "test", skipLines: 4);
            Assert.Equal(new[] { "Country Code", "2023", string.Empty }, table.Header);
            Assert.Equal("6309624", table.Rows[0][1]);
            Assert.Equal(6, table.Rows[0].Line);
        }

        [Fact]
        public void Duplicate_header_names_are_kept_and_the_last_can_be_chosen()
        {
            var table = CsvTable.Parse("Entity,time,time\nAlbania,2023,2024\n", "test");
            Assert.Equal(2, table.LastColumn("time"));
            Assert.Equal("2024", table.Rows[0][table.LastColumn("time")]);
            Assert.Throws<ImportException>(() => table.Column("time"));
        }

        [Fact]
        public void A_record_with_a_different_field_count_stops_the_import()
        {
            Assert.Throws<ImportException>(() => CsvTable.Parse("a,b\n1,2,3\n", "test"));
        }

        [Fact]
        public void Semicolon_separated_tables_are_read()
        {
            var table = CsvTable.Parse("Region Name;M49 Code\nCentral America;222\n", "test", ';');
            Assert.Equal("222", table.Rows[0][1]);
        }
    }
}
