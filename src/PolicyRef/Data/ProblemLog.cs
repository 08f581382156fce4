using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyRef.Data
{
    /// <summary>
    /// Collects every problem of a load so they can be reported together; on the loader's fast path
    /// (failFast) the first problem instead ends the attempt, and the full reader reports them all.
    /// </summary>
    internal sealed class ProblemLog
    {
        private readonly List<DataProblem> problems = new List<DataProblem>();
        private readonly bool failFast;

        public ProblemLog(bool failFast = false) => this.failFast = failFast;

        public bool IsEmpty => problems.Count == 0;

        public int Count => problems.Count;

        public void Add(DataProblemKind kind, string file, JToken? at, string message)
        {
            Stop();
            var info = at as IJsonLineInfo;
            var line = info is not null && info.HasLineInfo() ? info.LineNumber : 0;
            var column = info is not null && info.HasLineInfo() ? info.LinePosition : 0;
            problems.Add(new DataProblem(kind, file, line, column, at?.Path ?? string.Empty, message));
        }

        public void Add(DataProblem problem)
        {
            Stop();
            problems.Add(problem);
        }

        private void Stop()
        {
#if NET
            if (failFast)
            {
                throw new FastPathAbandonedException();
            }
#endif
        }

        public IReadOnlyList<DataProblem> Sorted() =>
            problems.OrderBy(p => p.File, System.StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
    }
}
