using System.Linq;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>A disagreement explained by a note that gives a reason, one only acknowledged (no reason recorded), and one with no note.</summary>
    public class ConflictReasonTests
    {
        private const string NgoNote = "Counts police cells too.";

        [Theory]
        [InlineData(NgoNote, false, false)]
        [InlineData("The statistics office gives 1,100; no reason for the difference is recorded.", true, true)]
        [InlineData("The statistics office gives 1,100; the publishers do not say why the two differ.", true, true)]
        [InlineData("The statistics office gives 1,100, which leaves out police cells.", true, false)]
        public void A_note_that_names_the_other_figure_explains_and_one_that_says_no_reason_is_recorded_only_acknowledges(string note, bool explained, bool acknowledgedOnly)
        {
            var reference = Fixture.LoadWith("countries/AAA.json", Fixture.Text("countries/AAA.json").Replace(NgoNote, note, System.StringComparison.Ordinal));
            var filter = ConflictFilter.All.WithSubject("AAA").WithMetric(MetricIds.PrisonPopulationRate);
            var conflict = Assert.Single(reference.Conflicts(filter).Conflicts, c => c.Period!.ToString() == "2023");
            Assert.Equal(ConflictKind.Disagreement, conflict.Kind);
            Assert.Equal(explained, conflict.IsExplained);
            Assert.Equal(acknowledgedOnly, conflict.IsAcknowledgedWithoutReason);

            // --unexplained lists only the disagreement no note names; --unreasoned only the one acknowledged without a reason.
            Assert.Equal(!explained, reference.Conflicts(filter.WithUnexplainedOnly()).Conflicts.Any(c => c.Period!.ToString() == "2023"));
            Assert.Equal(acknowledgedOnly, reference.Conflicts(filter.WithUnreasonedOnly()).Conflicts.Any(c => c.Period!.ToString() == "2023"));
        }

        [Fact]
        public void The_cli_lists_acknowledged_disagreements_and_labels_them()
        {
            var (code, output, error) = CliRunner.Run("conflicts", "--unreasoned", "--wide");
            Assert.True(code == 0, error);
            var rows = output.Split('\n').Where(l => l.Contains("disagreement", System.StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Contains("disagreement (no reason recorded)", r, System.StringComparison.Ordinal));
        }
    }
}
