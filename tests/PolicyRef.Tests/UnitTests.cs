using System;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    public class UnitTests
    {
        [Theory]
        [InlineData("count", UnitKind.Count)]
        [InlineData("per-100k", UnitKind.PerHundredThousand)]
        [InlineData("percent", UnitKind.Percent)]
        [InlineData("m", UnitKind.Metre)]
        [InlineData("km", UnitKind.Kilometre)]
        [InlineData("m2", UnitKind.SquareMetre)]
        [InlineData("ha", UnitKind.Hectare)]
        [InlineData("V", UnitKind.Volt)]
        [InlineData("h", UnitKind.Hour)]
        [InlineData("h/day", UnitKind.HoursPerDay)]
        [InlineData("date", UnitKind.Date)]
        [InlineData("category", UnitKind.Category)]
        [InlineData("USD", UnitKind.Money)]
        public void Parses_every_unit_symbol(string symbol, UnitKind kind)
        {
            Assert.True(Unit.TryParse(symbol, out var unit));
            Assert.Equal(kind, unit!.Kind);
            Assert.Equal(symbol, unit.Symbol);
        }

        [Theory]
        [InlineData("metres")]
        [InlineData("usd")]
        [InlineData("")]
        [InlineData(null)]
        public void Refuses_unknown_symbols(string? symbol) => Assert.False(Unit.TryParse(symbol, out _));

        [Fact]
        public void Money_metric_accepts_any_currency_but_not_other_units()
        {
            Assert.True(Unit.AnyMoney.Accepts(Unit.Money("NOK")));
            Assert.False(Unit.AnyMoney.Accepts(Unit.Count));
            Assert.False(Unit.Metre.Accepts(Unit.Kilometre));
            Assert.Throws<FormatException>(() => Unit.Money("dollars"));
        }

        [Theory]
        [InlineData("USD", true)]
        [InlineData("NOK", true)]
        [InlineData("XOF", true)]
        [InlineData("ZWG", true)]
        [InlineData("XYZ", false)]
        [InlineData("VEF", false)]
        [InlineData("HRK", false)]
        [InlineData("XAU", false)]
        [InlineData("XTS", false)]
        [InlineData("USD\n", false)]
        [InlineData("usd", false)]
        public void Only_current_currencies_are_money_units(string code, bool valid)
        {
            Assert.Equal(valid, Unit.TryParse(code, out var unit) && unit.Kind == UnitKind.Money);
            if (!valid)
            {
                Assert.Throws<FormatException>(() => Unit.Money(code));
            }
        }

        [Theory]
        [InlineData("wall-height", true)]
        [InlineData("wall-height\n", false)]
        [InlineData("\nwall-height", false)]
        [InlineData("wall--height", false)]
        public void Ids_match_their_pattern_as_a_whole_value(string id, bool valid) => Assert.Equal(valid, MetricId.IsWellFormed(id));

        [Theory]
        [InlineData("SLV", true)]
        [InlineData("GBR-EAW", true)]
        [InlineData("slv", false)]
        [InlineData("SV", false)]
        [InlineData("SLVA", false)]
        [InlineData("SLV\n", false)]
        [InlineData("GBR-EAW\n", false)]
        public void Country_codes_are_checked(string code, bool valid)
        {
            Assert.Equal(valid, CountryCode.IsWellFormed(code));
            if (!valid)
            {
                Assert.Throws<FormatException>(() => new CountryCode(code));
            }
        }
    }
}
