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
    /// <remarks>
    /// At most <see cref="MaxListed"/> problems are kept (a 16 MB file of empty claims has hundreds of thousands, which
    /// would cost gigabytes and a screenful nobody reads); the rest are counted and reported as one closing problem.
    /// </remarks>
    internal sealed class ProblemLog
    {
        public const int MaxListed = 1000;

        private readonly List<DataProblem> problems = new List<DataProblem>();
        private readonly bool failFast;
        private int omitted;

        public ProblemLog(bool failFast = false) => this.failFast = failFast;

        public bool IsEmpty => problems.Count == 0;

        public int Count => problems.Count + omitted;

        public void Add(DataProblemKind kind, string file, JToken? at, string message)
        {
            Stop();
            if (problems.Count >= MaxListed)
            {
                omitted++;
                return;
            }

            var info = at as IJsonLineInfo;
            var line = info is not null && info.HasLineInfo() ? info.LineNumber : 0;
            var column = info is not null && info.HasLineInfo() ? info.LinePosition : 0;
            problems.Add(new DataProblem(kind, file, line, column, at?.Path ?? string.Empty, message));
        }

        /// <summary>A problem at a place kept from a file already let go (see <see cref="TokenPlace"/>).</summary>
        public void Add(DataProblemKind kind, string file, TokenPlace at, string message) =>
            Add(new DataProblem(kind, file, at.Line, at.Column, at.Path, message));

        public void Add(DataProblem problem)
        {
            Stop();
            if (problems.Count >= MaxListed)
            {
                omitted++;
                return;
            }

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

        /// <summary>The problems kept, in file and line order, then one saying how many more were found and not listed.</summary>
        public IReadOnlyList<DataProblem> Sorted()
        {
            var sorted = problems.OrderBy(p => p.File, System.StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
            if (omitted > 0)
            {
                sorted.Add(new DataProblem(DataProblemKind.InvalidFile, ".", 0, 0, string.Empty, string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:N0} more problems were found and are not listed (the first {1:N0} are); fix these and load again", omitted, MaxListed)));
            }

            return sorted;
        }
    }
}
