using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;
using NodaTime;
using PolicyRef.Model;

namespace PolicyRef.Data
{
    /// <summary>
    /// Turns the files of a data set into a <see cref="PolicyReference"/>: parses every file, hands each to the reader of its
    /// entity (<see cref="MetricReader"/>, <see cref="SourceReader"/>, <see cref="CountryReader"/>, <see cref="FacilityReader"/>,
    /// <see cref="PolicyReader"/>, <see cref="StandardReader"/>), runs the <see cref="ReferenceCheck"/>, and builds the set only
    /// when no problem was found.
    /// </summary>
    internal sealed class DataSetLoader
    {
        private readonly LoadState state;
#if NET

        // The fast path (null on the full one): see Load.
        private readonly FastJsonReader? fast;
#endif
        private string? version;

        // The files the full path could not parse: each is reported once, when it is parsed, and then skipped.
        private readonly HashSet<string> unparsed = new HashSet<string>(StringComparer.Ordinal);

        // What the full path's last parse allocated: see Parse.
        private long lastParseBytes;

        // A parse that allocated more than this is collected before the next one.
        private const long LargeParseBytes = 64L * 1024 * 1024;

        private DataSetLoader(PolicyReference? baseSet, LocalDate today, bool fastPath)
        {
            state = new LoadState(baseSet, today, fastPath);
#if NET
            fast = fastPath ? new FastJsonReader() : null;
#endif
        }

        private ProblemLog Log => state.Log;

        /// <summary>
        /// Loads a set whole or not at all. On .NET, a fast path reads valid data first: the same readers and claim rules, over
        /// System.Text.Json's reader, stopping at the first problem; on any problem, or anything it does not handle, the set is
        /// read again by the full reader, which reports every problem with its line, column and path. Only a set with no
        /// problem at all is ever built, by either path.
        /// </summary>
        public static PolicyReference Load(IReadOnlyList<DataFile> files, IReadOnlyList<DataProblem> fileProblems, PolicyReference? baseSet, LocalDate today, string defaultVersion) =>
            (fileProblems.Count == 0 ? TryLoadFast(files, baseSet, today, defaultVersion) : null) ?? LoadFull(files, fileProblems, baseSet, today, defaultVersion);

        /// <summary>The fast path alone: the set when it has no problem and nothing the fast path does not handle, else null.</summary>
        internal static PolicyReference? TryLoadFast(IReadOnlyList<DataFile> files, PolicyReference? baseSet, LocalDate today, string defaultVersion)
        {
#if NET
            try
            {
                return new DataSetLoader(baseSet, today, fastPath: true).Run(files, defaultVersion);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A problem, or something the fast path does not handle: the full reader finds and reports it.
                return null;
            }
#else
            return null;
#endif
        }

        /// <summary>The full reader alone: every problem reported with its file, line, column and path.</summary>
        internal static PolicyReference LoadFull(IReadOnlyList<DataFile> files, IReadOnlyList<DataProblem> fileProblems, PolicyReference? baseSet, LocalDate today, string defaultVersion)
        {
            var loader = new DataSetLoader(baseSet, today, fastPath: false);
            foreach (var problem in fileProblems)
            {
                loader.Log.Add(problem);
            }

            return loader.Run(files, defaultVersion);
        }

        private PolicyReference Run(IReadOnlyList<DataFile> files, string defaultVersion)
        {
            var dataFiles = files.Where(f => f.Path != "VERSION").OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            if (dataFiles.Count == 0 && Log.IsEmpty)
            {
                Log.Add(new DataProblem(DataProblemKind.InvalidFile, ".", 0, 0, string.Empty, "the directory holds no data files; expected metrics/, sources/, countries/, facilities/ or policies/ with .json files"));
            }

            var versionFile = files.FirstOrDefault(f => f.Path == "VERSION");
            if (versionFile is not null)
            {
                ReadVersion(versionFile);
            }

            // Definitions first, so that claims can be checked against them; each file parsed when it is read and its tree
            // let go once its reader is done, so that a load (and a failing one above all) holds one file's tree at a time.
            foreach (var file in dataFiles.Where(f => f.Path.StartsWith("metrics/", StringComparison.Ordinal)))
            {
                var json = Parse(file, hasClaims: false);
                if (json is not null)
                {
                    MetricReader.Read(state, file.Path, json);
                }
            }

            foreach (var file in dataFiles.Where(f => f.Path.StartsWith("sources/", StringComparison.Ordinal)))
            {
                var json = Parse(file, hasClaims: false);
                if (json is not null)
                {
                    SourceReader.Read(state, file.Path, json);
                }
            }

            foreach (var file in dataFiles)
            {
                ReadEntity(file);
                state.PendingRawClaims = null;
            }

            ReferenceCheck.Run(state);
            if (!Log.IsEmpty)
            {
                throw new PolicyDataException(Log.Sorted());
            }

            return Build(version ?? defaultVersion, DataManifest.HashOfSet(files));
        }

        /// <summary>
        /// One file's JSON: on the full path from the line-numbering reader (null after reporting a file that does not
        /// parse), on the fast path from <c>FastJsonReader</c>, which sets the file's raw claims aside.
        /// </summary>
        private JToken? Parse(DataFile file, bool hasClaims)
        {
#if NET
            if (fast is not null)
            {
                var json = fast.Read(file, hasClaims, out var raw);
                state.PendingRawClaims = raw;
                return json;
            }
#endif
            // A hostile file's tree can take a hundred times the file (16 MB of nested empty arrays: about 1.5 GB), and the
            // collector tends to keep the last one while the next is built. Collecting once after such a parse, before the
            // next, keeps a failing load at one file's tree; ordinary files never allocate near the threshold.
            if (lastParseBytes > LargeParseBytes)
            {
                GC.Collect();
            }

            var before = AllocatedBytes();
            var token = LineInfoJsonReader.Read(file, Log);
            lastParseBytes = AllocatedBytes() - before;
            if (token is null)
            {
                unparsed.Add(file.Path);
            }

            return token;
        }

#if NET
        private static long AllocatedBytes() => GC.GetAllocatedBytesForCurrentThread();
#else
        private static long AllocatedBytes() => GC.GetTotalMemory(forceFullCollection: false);
#endif

        /// <summary>Reads one country, facility, policy or standard file; metric and source files only have their place checked.</summary>
        private void ReadEntity(DataFile file)
        {
            var path = file.Path;
            if (unparsed.Contains(path))
            {
                return;
            }

            var parts = path.Split('/');
            if (parts[0] == "metrics" || parts[0] == "sources")
            {
                if (parts.Length != 2)
                {
                    Log.Add(new DataProblem(DataProblemKind.InvalidFile, path, 0, 0, string.Empty, $"{parts[0]} files belong directly in {parts[0]}/, not in a sub-folder"));
                }

                return;
            }

            Action<JToken>? reader =
                parts[0] == "countries" && parts.Length == 2 ? json => CountryReader.Read(state, path, json)
                : parts[0] == "facilities" && parts.Length == 3 ? json => FacilityReader.Read(state, path, parts[1], json)
                : parts[0] == "policies" && parts.Length == 3 ? json => PolicyReader.Read(state, path, parts[1], json)
                : parts[0] == "standards" && parts.Length == 2 ? json => StandardReader.Read(state, path, json)
                : null;
            if (reader is null)
            {
                Log.Add(new DataProblem(DataProblemKind.InvalidFile, path, 0, 0, string.Empty, "no data file belongs here; expected metrics/<id>.json, sources/<group>.json, countries/<ISO3>.json, facilities/<ISO3>/<id>.json or policies/<ISO3>/<id>.json or standards/<id>.json"));
                return;
            }

            var json = Parse(file, hasClaims: parts[0] != "standards");
            if (json is not null)
            {
                reader(json);
            }
        }

        private void ReadVersion(DataFile file)
        {
            var content = LineInfoJsonReader.ReadContent(file, Log);
            if (content is null)
            {
                return;
            }

            var text = Encoding.UTF8.GetString(content).Trim();

            if (text.Length == 0 || text.Length > 40 || text.Any(c => c < '!' || c > '~'))
            {
                Log.Add(new DataProblem(DataProblemKind.InvalidValue, file.Path, 1, 1, string.Empty, "VERSION must hold one short version label of visible ASCII characters (no spaces, controls or other scripts), such as 2026.1"));
                return;
            }

            version = text;
        }

        private PolicyReference Build(string dataVersion, string dataHash)
        {
            var baseSet = state.BaseSet;
            ApplyPlausibilityScreens(baseSet);
            if (baseSet is null)
            {
                return new PolicyReference(new DataIndex(dataVersion, dataHash, state.Metrics.Values, state.Sources.Values, state.Countries.Values, state.Facilities.Values, state.Policies.Values, state.Standards.Values));
            }

            // An overlay entity replaces the base entity with the same id; definitions only add.
            return new PolicyReference(new DataIndex(
                version is null ? baseSet.DataVersion + "+local" : baseSet.DataVersion + "+" + version,
                DataManifest.HashOf(Encoding.UTF8.GetBytes(baseSet.DataHash + "\n" + dataHash)),
                baseSet.Metrics.Concat(state.Metrics.Values),
                baseSet.Sources.Concat(state.Sources.Values),
                baseSet.Countries.Where(c => !state.Countries.ContainsKey(c.Code)).Concat(state.Countries.Values),
                baseSet.Facilities.Where(f => !state.Facilities.ContainsKey(f.Id)).Concat(state.Facilities.Values),
                baseSet.Policies.Where(p => !state.Policies.ContainsKey(p.Id)).Concat(state.Policies.Values),
                baseSet.Standards.Where(x => !state.Standards.ContainsKey(x.Id)).Concat(state.Standards.Values)));
        }

        /// <summary>The plausibility screens mark suspect claims once, when the set is built; the snapshot stores the marks.</summary>
        private void ApplyPlausibilityScreens(PolicyReference? baseSet)
        {
            var metricsById = state.Metrics.Values.Concat(baseSet is null ? Enumerable.Empty<MetricDefinition>() : baseSet.Metrics).GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
            foreach (var code in state.Countries.Keys.ToList())
            {
                var c = state.Countries[code];
                var screened = PlausibilityScreens.Apply(c.Claims.Items, metricsById);
                if (screened != c.Claims.Items)
                {
                    state.Countries[code] = new Country(c.Code, c.Name, c.M49, c.Region, c.RegionCode, new ClaimSet(screened));
                }
            }

            foreach (var id in state.Facilities.Keys.ToList())
            {
                var f = state.Facilities[id];
                var screened = PlausibilityScreens.Apply(f.Claims.Items, metricsById);
                if (screened != f.Claims.Items)
                {
                    state.Facilities[id] = new Facility(f.Id, f.Name, f.Aliases, f.Country, f.Locality, f.Admin1, f.SourceIds, new ClaimSet(screened));
                }
            }

            foreach (var id in state.Policies.Keys.ToList())
            {
                var p = state.Policies[id];
                var screened = PlausibilityScreens.Apply(p.Claims.Items, metricsById);
                if (screened != p.Claims.Items)
                {
                    state.Policies[id] = new Policy(p.Id, p.Country, p.Name, p.Aliases, p.PolicyKind, p.Start, p.End, p.Summary, p.Instrument, p.Provisions, p.SourceIds, p.Events, new ClaimSet(screened));
                }
            }
        }
    }
}
