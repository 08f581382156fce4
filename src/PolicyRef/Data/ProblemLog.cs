using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyRef.Data
{
    /// <summary>Collects every problem of a load so they can be reported together.</summary>
    internal sealed class ProblemLog
    {
        private readonly List<DataProblem> problems = new List<DataProblem>();

        public bool IsEmpty => problems.Count == 0;

        public int Count => problems.Count;

        public void Add(DataProblemKind kind, string file, JToken? at, string message)
        {
            var info = at as IJsonLineInfo;
            var line = info is not null && info.HasLineInfo() ? info.LineNumber : 0;
            var column = info is not null && info.HasLineInfo() ? info.LinePosition : 0;
            problems.Add(new DataProblem(kind, file, line, column, at?.Path ?? string.Empty, message));
        }

        public void Add(DataProblem problem) => problems.Add(problem);

        public IReadOnlyList<DataProblem> Sorted() =>
            problems.OrderBy(p => p.File, System.StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
    }
}
