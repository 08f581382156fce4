using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>Reads a facility file (<see cref="FacilityFormat"/>).</summary>
    internal static class FacilityReader
    {
        public static void Read(LoadState state, string file, string folder, JToken json)
        {
            var r = state.Reader(file, json, FacilityFormat.Entity);
            if (!r.IsValid)
            {
                return;
            }

            var id = state.ReadId(r, FacilityFormat.Id, LoadState.IdFromFileName(file), "facility");
            var name = r.String(FacilityFormat.Name);
            var aliases = state.ReadAliases(r, FacilityFormat.Aliases);
            var country = state.ReadCountryReference(r, FacilityFormat.Country, folder);
            var locality = r.String(FacilityFormat.Locality);
            var admin1 = r.String(FacilityFormat.Admin1);
            var sourceIds = state.ReadSourceList(r, FacilityFormat.Sources, "facility");
            var claimSet = state.ReadClaims(r, FacilityFormat.Claims, SubjectKind.Facility, id ?? "?");
            if (id is null || name is null || country is null)
            {
                return;
            }

            if (!state.Define("facility:" + id, file, r, FacilityFormat.Id))
            {
                return;
            }

            state.Facilities[id] = new Facility(id, name, aliases, country.Value, locality, admin1, sourceIds, claimSet);
        }
    }
}
