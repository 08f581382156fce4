using System;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>Reads a source file (<see cref="SourceFileFormat"/>, each source <see cref="SourceFormat"/>).</summary>
    internal static class SourceReader
    {
        public static void Read(LoadState state, string file, JToken json)
        {
            var root = state.Reader(file, json, SourceFileFormat.Entity);
            var array = root.Array(SourceFileFormat.Sources);
            if (array is null)
            {
                return;
            }

            foreach (var item in array)
            {
                ReadSource(state, file, item);
            }
        }

        private static void ReadSource(LoadState state, string file, JToken item)
        {
            var r = state.Reader(file, item, SourceFormat.Entity);
            if (!r.IsValid)
            {
                return;
            }

            var id = state.ReadId(r, SourceFormat.Id, null, "source");
            var publisher = r.String(SourceFormat.Publisher);
            var title = r.String(SourceFormat.Title);
            var url = r.String(SourceFormat.Url);
            var published = r.Date(SourceFormat.Published);
            var accessed = r.Date(SourceFormat.Accessed);
            var kind = r.Enum(SourceFormat.Kind, Vocabulary.SourceKinds);
            var language = r.String(SourceFormat.Language);
            var via = r.String(SourceFormat.Via);
            var license = r.String(SourceFormat.License);
            var republishes = r.String(SourceFormat.Republishes);
            if (republishes is not null && !MetricId.IsWellFormed(republishes))
            {
                r.Report(DataProblemKind.InvalidId, r.Token(SourceFormat.Republishes), $"'{SourceFormat.Republishes.Name}' is '{republishes}'; expected the id of the origin it re-publishes (a source id, or an origin such as 'afp' or 'efe'), in lower-kebab-case");
            }

            // Uri also accepts spaces (escaping them) and an empty host; a citation's address must be the one a reader can follow.
            if (url is not null && (url.Any(char.IsWhiteSpace) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http") || uri.Host.Length == 0))
            {
                r.Report(DataProblemKind.InvalidValue, r.Token(SourceFormat.Url), $"'{SourceFormat.Url.Name}' is '{url}'; expected an absolute http or https address with a host and no whitespace");
            }

            if (language is not null && (language.Length != 2 || !language.All(ch => ch >= 'a' && ch <= 'z')))
            {
                r.Report(DataProblemKind.InvalidValue, r.Token(SourceFormat.Language), $"'{SourceFormat.Language.Name}' is '{language}'; expected an ISO 639-1 code such as 'en' or 'es'");
            }

            if (published is not null && accessed is not null && published > accessed)
            {
                r.Report(DataProblemKind.InvalidPeriod, r.Token(SourceFormat.Published), $"'{SourceFormat.Published.Name}' ({published:uuuu-MM-dd}) is after '{SourceFormat.Accessed.Name}' ({accessed:uuuu-MM-dd})");
            }

            if (accessed is not null && accessed > state.LatestAllowedStart)
            {
                r.Report(DataProblemKind.InvalidPeriod, r.Token(SourceFormat.Accessed), $"'{SourceFormat.Accessed.Name}' ({accessed:uuuu-MM-dd}) is in the future");
            }

            if (id is null || publisher is null || title is null || accessed is null || kind is null)
            {
                return;
            }

            if (state.Sources.ContainsKey(id) || (state.BaseSet?.TryGetSource(id, out _) ?? false))
            {
                r.Report(DataProblemKind.DuplicateId, r.Token(SourceFormat.Id), $"source '{id}' is already defined{(state.Sources.ContainsKey(id) ? " in " + state.DefinedIn["source:" + id] : " by the base data set")}");
                return;
            }

            state.DefinedIn["source:" + id] = file;
            state.Sources[id] = new Source(id, publisher, title, url, published, accessed.Value, kind.Value, language, via, license, republishes);
        }
    }
}
