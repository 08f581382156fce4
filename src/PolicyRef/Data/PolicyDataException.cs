using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyRef.Data
{
    /// <summary>
    /// A data set could not be loaded. <see cref="Problems"/> lists every problem found, each with its
    /// file, line, column, JSON path and what was expected; nothing of the set was loaded.
    /// </summary>
    public sealed class PolicyDataException : Exception
    {
        private const int ProblemsInMessage = 50;

        /// <summary>Creates the exception.</summary>
        /// <param name="problems">The problems; at least one.</param>
        public PolicyDataException(IEnumerable<DataProblem> problems)
            : this(problems?.ToImmutableArray() ?? throw new ArgumentNullException(nameof(problems)))
        {
        }

        private PolicyDataException(ImmutableArray<DataProblem> problems)
            : base(Describe(problems))
        {
            Problems = problems;
        }

        /// <summary>Every problem found, in file and line order.</summary>
        public ImmutableArray<DataProblem> Problems { get; }

        private static string Describe(ImmutableArray<DataProblem> problems)
        {
            var lines = problems.Take(ProblemsInMessage).Select(p => "  " + p);
            var more = problems.Length > ProblemsInMessage ? $"{Environment.NewLine}  … and {problems.Length - ProblemsInMessage} more (see Problems)" : string.Empty;
            return $"The data set has {problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")} and was not loaded:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
        }
    }
}
