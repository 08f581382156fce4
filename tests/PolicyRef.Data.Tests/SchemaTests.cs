using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using Xunit;

namespace PolicyRef.Data.Tests
{
    /// <summary>The JSON Schema files for editors describe exactly the fields the loader accepts.</summary>
    public class SchemaTests
    {
        [Theory]
        [InlineData("claim.schema.json", "ClaimFields")]
        [InlineData("metric.schema.json", "MetricFields")]
        [InlineData("country.schema.json", "CountryFields")]
        [InlineData("facility.schema.json", "FacilityFields")]
        [InlineData("policy.schema.json", "PolicyFields")]
        [InlineData("standard.schema.json", "StandardFields")]
        public void Schema_properties_match_the_loader(string schema, string field)
        {
            var json = JObject.Parse(File.ReadAllText(Path.Combine(Repository.Data, "schema", schema)));
            var properties = ((JObject)json["properties"]!).Properties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
            var loader = (string[])typeof(DataSetLoader).GetField(field, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)!.GetValue(null)!;
            Assert.Equal(loader.OrderBy(n => n, StringComparer.Ordinal), properties);
            Assert.False((bool)json["additionalProperties"]!);
        }

        [Fact]
        public void Standard_rule_schema_matches_the_loader_and_its_checks()
        {
            var json = JObject.Parse(File.ReadAllText(Path.Combine(Repository.Data, "schema", "standard.schema.json")));
            var rule = (JObject)json["properties"]!["rules"]!["items"]!;
            Assert.Equal(DataSetLoader.RuleFields.OrderBy(n => n, StringComparer.Ordinal), ((JObject)rule["properties"]!).Properties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(Vocabulary.RuleChecks.Keys.OrderBy(n => n, StringComparer.Ordinal), rule["properties"]!["check"]!["enum"]!.Values<string>().OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void Source_schema_matches_the_loader_and_its_kinds()
        {
            var json = JObject.Parse(File.ReadAllText(Path.Combine(Repository.Data, "schema", "sources.schema.json")));
            var item = (JObject)json["properties"]!["sources"]!["items"]!;
            Assert.Equal(DataSetLoader.SourceFields.OrderBy(n => n, StringComparer.Ordinal), ((JObject)item["properties"]!).Properties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(Vocabulary.SourceKinds.Keys.OrderBy(n => n, StringComparer.Ordinal), item["properties"]!["kind"]!["enum"]!.Values<string>().OrderBy(n => n, StringComparer.Ordinal));
        }
    }
}
