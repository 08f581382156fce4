using System.Collections.Immutable;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>Reads a policy file (<see cref="PolicyFormat"/>, with its provisions and events).</summary>
    internal static class PolicyReader
    {
        public static void Read(LoadState state, string file, string folder, JToken json)
        {
            var r = state.Reader(file, json, PolicyFormat.Entity);
            if (!r.IsValid)
            {
                return;
            }

            var id = state.ReadId(r, PolicyFormat.Id, LoadState.IdFromFileName(file), "policy");
            var country = state.ReadCountryReference(r, PolicyFormat.Country, folder);
            var name = r.String(PolicyFormat.Name);
            var aliases = state.ReadAliases(r, PolicyFormat.Aliases);
            var kind = r.Enum(PolicyFormat.Kind, Vocabulary.PolicyKinds);
            var start = r.Date(PolicyFormat.Start);
            var end = r.Date(PolicyFormat.End);
            var summary = r.String(PolicyFormat.Summary);
            var instrument = r.String(PolicyFormat.Instrument);
            var sourceIds = state.ReadSourceList(r, PolicyFormat.Sources, "policy");
            var provisions = ReadProvisions(state, r);
            if (start is not null && end is not null && end < start)
            {
                r.Report(DataProblemKind.InvalidPeriod, r.Token(PolicyFormat.End), $"'{PolicyFormat.End.Name}' ({end:uuuu-MM-dd}) is before '{PolicyFormat.Start.Name}' ({start:uuuu-MM-dd})");
            }

            var events = ReadEvents(state, r);
            var claimSet = state.ReadClaims(r, PolicyFormat.Claims, SubjectKind.Policy, id ?? "?");
            if (id is null || country is null || name is null || kind is null || start is null || summary is null)
            {
                return;
            }

            if (!state.Define("policy:" + id, file, r, PolicyFormat.Id))
            {
                return;
            }

            var ordered = events.OrderBy(e => e.Date).ToImmutableArray();
            state.Policies[id] = new Policy(id, country.Value, name, aliases, kind.Value, start.Value, end, summary, instrument, provisions, sourceIds, ordered, claimSet);
        }

        private static ImmutableArray<PolicyProvision> ReadProvisions(LoadState state, FieldReader r)
        {
            var provisions = ImmutableArray.CreateBuilder<PolicyProvision>();
            foreach (var item in r.Array(PolicyFormat.Provisions) ?? new JArray())
            {
                var p = state.Reader(r.File, item, ProvisionFormat.Entity);
                var provisionKind = p.Enum(ProvisionFormat.Kind, Vocabulary.ProvisionKinds);
                var text = p.String(ProvisionFormat.Description);
                var source = state.ReadSourceReference(p, ProvisionFormat.Source, "provision");
                if (provisionKind is not null && text is not null && source is not null)
                {
                    provisions.Add(new PolicyProvision(provisionKind.Value, text, source));
                }
            }

            return provisions.ToImmutable();
        }

        private static ImmutableArray<PolicyEvent> ReadEvents(LoadState state, FieldReader r)
        {
            var events = ImmutableArray.CreateBuilder<PolicyEvent>();
            foreach (var item in r.Array(PolicyFormat.Events) ?? new JArray())
            {
                var e = state.Reader(r.File, item, EventFormat.Entity);
                var date = e.Date(EventFormat.Date);
                var eventKind = e.Enum(EventFormat.Kind, Vocabulary.EventKinds);
                var description = e.String(EventFormat.Description);
                var source = state.ReadSourceReference(e, EventFormat.Source, "event");
                if (date is not null && eventKind is not null && description is not null && source is not null)
                {
                    events.Add(new PolicyEvent(date.Value, eventKind.Value, description, source));
                }
            }

            return events.ToImmutable();
        }
    }
}
