using System;
using System.Linq;
using PolicyRef.DataImport.Reference;
using PolicyRef.Export;
using Xunit;

namespace PolicyRef.DataImport.Tests
{
    /// <summary>The curated annotations of Reference/annotations.csv, against the shipped data they were applied to.</summary>
    public class AnnotationTests
    {
        [Fact]
        public void Every_annotation_names_known_flags_and_its_claim_in_the_shipped_data_carries_them_the_remark_and_the_doubt()
        {
            var annotations = ReferenceTables.Load().Annotations;
            Assert.Contains(annotations, a => a.Flags.Length > 0);
            Assert.Contains(annotations, a => a.Doubt.Length > 0);
            foreach (var annotation in annotations)
            {
                var claim = Assert.Single(
                    PolicyReference.Default.GetCountry(annotation.Id).Claims,
                    c => c.Metric.Value == annotation.Metric && c.Period.ToString() == annotation.Period && c.SourceId == annotation.Source);
                Assert.EndsWith(annotation.Remark, claim.Note, StringComparison.Ordinal);
                foreach (var name in annotation.Flags.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    Assert.Contains(name, ClaimQualifiers.FlagNames);
                    Assert.Contains(name, ClaimQualifiers.Flags(claim));
                }

                // A doubt the remark states makes the claim suspect, so it is not preferred over a sound figure.
                Assert.Equal(annotation.Doubt.Length > 0, claim.Doubt is not null);
                if (annotation.Doubt.Length > 0)
                {
                    Assert.True(claim.Has(PolicyRef.Model.ClaimFlags.Suspect), $"{annotation.Id} {annotation.Metric} {annotation.Period}: doubted but not suspect");
                }
            }
        }
    }
}
