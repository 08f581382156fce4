using System.Linq;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Data.Tests
{
    /// <summary>Comparable first, on the shipped data: whatever it holds, a preferred figure counts the standard whole.</summary>
    public class ComparabilityInvariantTests
    {
        private static readonly PolicyReference Reference = PolicyReference.Default;

        [Fact]
        public void No_preferred_figure_is_a_part_or_a_variant_unless_asked()
        {
            var checkedCells = 0;
            foreach (var subject in Reference.Subjects)
            {
                foreach (var metric in subject.Claims.Metrics)
                {
                    var selection = Reference.Select(subject, metric);
                    if (selection is null)
                    {
                        Assert.All(subject.Claims.For(metric), c => Assert.False(c.IsStandard && c.IsWhole));
                        continue;
                    }

                    Assert.True(selection.Chosen.IsStandard && selection.Chosen.IsWhole, selection.Chosen.ToString());
                    Assert.All(selection.Ranked, c => Assert.True(c.IsStandard && c.IsWhole));
                    checkedCells++;
                }
            }

            Assert.InRange(checkedCells, 1000, int.MaxValue);
            foreach (var asOf in new[] { new LocalDate(2024, 12, 31), new LocalDate(2019, 6, 30) })
            {
                Assert.All(Reference.RankCountries(MetricIds.PrisonPopulationRate, asOf).Rows, r => Assert.True(r.Claim.IsStandard && r.Claim.IsWhole));
            }
        }

        [Fact]
        public void A_variant_asked_for_is_what_is_chosen()
        {
            var asked = 0;
            foreach (var metric in Reference.Metrics.Where(m => !m.Variants.IsEmpty))
            {
                foreach (var variant in metric.Variants)
                {
                    foreach (var subject in Reference.Subjects.Where(s => s.Claims.For(metric.Id).Any(c => c.Definition == variant.Id && c.IsWhole)))
                    {
                        var selection = Reference.SelectVariant(subject, metric.Id, variant.Id)!;
                        Assert.Equal(variant.Id, selection.Chosen.Definition);
                        asked++;
                    }
                }
            }

            Assert.InRange(asked, 5, int.MaxValue);
        }

        [Fact]
        public void No_range_is_reported_as_a_conflict_and_no_conflict_mixes_definitions_as_a_disagreement()
        {
            foreach (var conflict in Reference.Conflicts().Conflicts)
            {
                var claims = conflict.Claims;
                // Two bounds of one stated range, alone, are never a conflict.
                var isRange = claims.Length == 2 && claims[0].SourceId == claims[1].SourceId && claims[0].Period.Equals(claims[1].Period)
                    && claims.Any(c => c.Has(ClaimFlags.LowerBound)) && claims.Any(c => c.Has(ClaimFlags.UpperBound))
                    && claims.Single(c => c.Has(ClaimFlags.LowerBound)).Value.Number <= claims.Single(c => c.Has(ClaimFlags.UpperBound)).Value.Number;
                Assert.False(isRange, conflict.ToString());
                if (conflict.Kind == ConflictKind.Definitional)
                {
                    Assert.True(claims.Select(c => c.Definition).Distinct().Count() > 1, conflict.ToString());
                }
            }
        }

        [Fact]
        public void Every_suspect_claim_says_why_and_loses_to_a_sound_one_of_its_period()
        {
            var suspects = Reference.Conflicts(ConflictFilter.All.WithSuspectsOnly()).Suspects;
            Assert.InRange(suspects.Length, 1, 500);
            foreach (var claim in suspects)
            {
                Assert.False(string.IsNullOrWhiteSpace(claim.SuspectReason));
                var subject = Reference.FindSubject(claim.SubjectId)!;
                var sameCell = subject.Claims.For(claim.Metric).Where(c => c.Period.Equals(claim.Period) && PreferenceRule.Competes(c, claim.Definition)).ToList();
                if (sameCell.Any(c => !c.Has(ClaimFlags.Suspect)))
                {
                    var chosen = PreferenceRule.Default.SelectVariant(sameCell, Reference.GetMetric(claim.Metric), Reference.SourcesById, claim.Definition)!.Chosen;
                    Assert.False(chosen.Has(ClaimFlags.Suspect), claim.ToString());
                }
            }
        }

        [Fact]
        public void Parts_that_name_their_whole_do_not_add_up_to_more_than_it()
        {
            foreach (var subject in Reference.Subjects)
            {
                foreach (var group in subject.Claims.Where(c => c.Part is { IsAdditive: true } && c.Value.Kind == ClaimValueKind.Number)
                    .GroupBy(c => (c.Metric, c.SourceId, c.Part!.Kind, Whole: (c.Part.Whole ?? c.Period).ToString())))
                {
                    var wholes = subject.Claims.For(group.Key.Metric).Where(c => (c.Part is null || c.Part.Kind != group.Key.Kind) && c.IsStandard && c.Period.ToString() == group.Key.Whole && !c.Has(ClaimFlags.LowerBound)).ToList();
                    Assert.DoesNotContain(Reference.Conflicts(ConflictFilter.All.WithSubject(subject.Id).WithMetric(group.Key.Metric)).Conflicts, c => c.Kind == ConflictKind.PartsExceedWhole);
                    foreach (var whole in wholes)
                    {
                        Assert.True(group.Sum(c => c.Value.Number) <= whole.Value.Number * 1.05m, $"{subject.Id} {group.Key}: parts sum to {group.Sum(c => c.Value.Number)} against {whole}");
                    }
                }
            }
        }
    }
}
