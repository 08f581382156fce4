using System.Collections.Immutable;
using System.Linq;
using System.Text;
using PolicyRef.Internal;
using PolicyRef.Model;

namespace PolicyRef.Queries
{
    /// <summary>Two series on their common periods only; periods only one of them has are left out, never filled.</summary>
    public sealed class AlignedSeries
    {
        internal AlignedSeries(Series left, Series right, ImmutableArray<AlignedPoint> points)
        {
            Left = left;
            Right = right;
            Points = points;
        }

        /// <summary>The first series.</summary>
        public Series Left { get; }

        /// <summary>The second series.</summary>
        public Series Right { get; }

        /// <summary>The points both have, in period order.</summary>
        public ImmutableArray<AlignedPoint> Points { get; }

        /// <summary>The aligned series as a readable table.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            var rows = Points.Select(p => (System.Collections.Generic.IReadOnlyList<string>)new[] { p.Period.ToString(), ClaimFormatter.FormatNumber(p.Left.Value), ClaimFormatter.FormatNumber(p.Right.Value) }).ToList();
            return new StringBuilder().Append(Left.Metric.Name).Append('\n')
                .Append(TextTable.Render(new[] { "Period", Left.Subject.DisplayName, Right.Subject.DisplayName }, rows)).ToString();
        }
    }
}
