using System.IO;
using PolicyRef.Export;
using PolicyRef.Model;
using PolicyRef.Queries;

namespace PolicyRef.Cookbook.Recipes
{
    /// <summary>Recipes about sources: where they disagree, and how to cite them.</summary>
    public static class Sources
    {
        // <disagreements>
        public static void ListDisagreements(TextWriter output)
        {
            var data = PolicyReference.Default;

            // The five largest disagreements about CECOT, largest spread first.
            output.Write(data.Conflicts(ConflictFilter.All.WithSubject("cecot")).Largest(5));
            output.WriteLine();

            // El Salvador's homicide rate: the years in which publishers give different figures.
            output.Write(data.Conflicts(ConflictFilter.All.WithSubject("SLV").WithMetric(MetricIds.HomicideRate)));
            output.WriteLine();

            // One figure in full: the preferred claim, why it was preferred, and who says otherwise.
            var wall = data.Select(data.GetFacility("cecot"), MetricIds.WallHeight)!;
            output.WriteLine($"CECOT's wall: {ClaimFormatter.FormatValue(wall.Chosen)} per {data.GetSource(wall.Chosen.SourceId).Publisher}");
            output.WriteLine($"Why: {wall.Explanation}");
            foreach (var other in wall.Disagreements)
            {
                output.WriteLine($"  but {ClaimFormatter.FormatValue(other)} ({other.Period}) per {data.GetSource(other.SourceId).Publisher}");
            }
        }
        // </disagreements>

        // <cite-a-figure>
        public static void CiteAFigure(TextWriter output)
        {
            var data = PolicyReference.Default;
            var capacity = data.Select(data.GetFacility("cecot"), MetricIds.DesignCapacity)!;
            var source = data.GetSource(capacity.Chosen.SourceId);

            // The figure, its period, and the source it comes from: cite the source, and the data release.
            output.WriteLine($"CECOT, design capacity: {ClaimFormatter.FormatValue(capacity.Chosen)} ({capacity.Chosen.Period})");
            output.WriteLine(Citations.ToText(new[] { source }));
            output.WriteLine($"Compiled in PolicyRef data {data.DataVersion}.");
            output.WriteLine();

            // The same source for a reference manager.
            output.Write(Citations.ToBibTex(new[] { source }));
        }
        // </cite-a-figure>
    }
}
