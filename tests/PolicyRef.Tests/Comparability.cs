using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PolicyRef.Model;

namespace PolicyRef.Tests
{
    /// <summary>Hand-made sources for rule tests: press sources, each its own origin unless it names the one it re-publishes.</summary>
    internal static class Comparability
    {
        public static IReadOnlyDictionary<string, Source> Sources(params (string Id, string? Republishes)[] sources) =>
            sources.ToDictionary(
                s => s.Id,
                s => new Source(s.Id, "Publisher " + s.Id, "Title " + s.Id, null, null, new LocalDate(2026, 1, 1), SourceKind.Press, "en", null, null, s.Republishes));
    }
}
