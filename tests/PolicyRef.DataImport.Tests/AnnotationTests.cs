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
        public void Every_annotation_names_known_flags_and_its_claim_in_the_shipped_data_carries_them_and_the_remark()
        {
            var annotations = ReferenceTables.Load().Annotations;
            Assert.Contains(annotations, a => a.Flags.Length > 0);
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
            }
        }
    }
}
