using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>Reads a country file (<see cref="CountryFormat"/>).</summary>
    internal static class CountryReader
    {
        public static void Read(LoadState state, string file, JToken json)
        {
            var r = state.Reader(file, json, CountryFormat.Entity);
            if (!r.IsValid)
            {
                return;
            }

            var idText = r.String(CountryFormat.Id);
            var name = r.String(CountryFormat.Name);
            var m49 = r.String(CountryFormat.M49);
            var region = r.String(CountryFormat.Region);
            var regionCode = r.String(CountryFormat.RegionCode);
            if (m49 is not null && (m49.Length != 3 || !m49.All(c => c >= '0' && c <= '9')))
            {
                r.Report(DataProblemKind.InvalidValue, r.Token(CountryFormat.M49), $"'{CountryFormat.M49.Name}' is '{m49}'; expected a three-digit UN M49 code such as '222'");
            }

            if (regionCode is not null && (regionCode.Length != 3 || !regionCode.All(c => c >= '0' && c <= '9')))
            {
                r.Report(DataProblemKind.InvalidValue, r.Token(CountryFormat.RegionCode), $"'{CountryFormat.RegionCode.Name}' is '{regionCode}'; expected a three-digit UN M49 region code such as '013'");
            }

            CountryCode? code = null;
            if (idText is not null)
            {
                if (!CountryCode.IsWellFormed(idText))
                {
                    r.Report(DataProblemKind.InvalidId, r.Token(CountryFormat.Id), $"country id '{idText}' is not an ISO 3166-1 alpha-3 code in capitals (such as 'SLV')");
                }
                else if (idText != LoadState.IdFromFileName(file))
                {
                    r.Report(DataProblemKind.InvalidId, r.Token(CountryFormat.Id), $"country id '{idText}' does not match the file name; expected the file countries/{idText}.json");
                }
                else
                {
                    code = new CountryCode(idText);
                }
            }

            var claimSet = state.ReadClaims(r, CountryFormat.Claims, SubjectKind.Country, code?.Value ?? idText ?? "?");
            if (code is null || name is null || region is null || regionCode is null)
            {
                return;
            }

            if (state.Countries.ContainsKey(code.Value))
            {
                r.Report(DataProblemKind.DuplicateId, r.Token(CountryFormat.Id), $"country '{code}' is defined twice");
                return;
            }

            state.Countries[code.Value] = new Country(code.Value, name, m49, region, regionCode, claimSet);
        }
    }
}
