using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Data.Format;
using Xunit;

namespace PolicyRef.Data.Tests
{
    /// <summary>
    /// The JSON Schema files for editors describe exactly the layout the loader reads (<see cref="DataFormat"/>): the same
    /// fields in the same order, the same required fields, the same JSON types, nested objects alike.
    /// </summary>
    public class SchemaTests
    {
        public static TheoryData<string> Schemas => new TheoryData<string>(SchemaFiles.Keys);

        /// <summary>Which layout each schema file describes: a file name is not a field name, so it is named here.</summary>
        private static readonly Dictionary<string, DataEntity> SchemaFiles = new Dictionary<string, DataEntity>(StringComparer.Ordinal)
        {
            ["claim.schema.json"] = ClaimFormat.Entity,
            ["metric.schema.json"] = MetricFormat.Entity,
            ["sources.schema.json"] = SourceFileFormat.Entity,
            ["country.schema.json"] = CountryFormat.Entity,
            ["facility.schema.json"] = FacilityFormat.Entity,
            ["policy.schema.json"] = PolicyFormat.Entity,
            ["standard.schema.json"] = StandardFormat.Entity,
        };

        [Theory]
        [MemberData(nameof(Schemas))]
        public void Schema_follows_the_layout(string schema)
        {
            var json = Load(schema);
            Assert.Equal(JTokenType.Object, json.Type);
            AssertObject(schema, json, SchemaFiles[schema]);
        }

        [Fact]
        public void Every_layout_of_a_data_file_has_its_schema()
        {
            Assert.All(DataFormat.Files, entity => Assert.Contains(entity, SchemaFiles.Values));
            Assert.Equal(SchemaFiles.Keys.OrderBy(n => n, StringComparer.Ordinal), Directory.EnumerateFiles(Path.Combine(Repository.Data, "schema")).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void Standard_rule_checks_match_the_vocabulary()
        {
            var rule = (JObject)Load("standard.schema.json")["properties"]![StandardFormat.Rules.Name]!["items"]!;
            Assert.Equal(Vocabulary.RuleChecks.Keys.OrderBy(n => n, StringComparer.Ordinal), rule["properties"]![RuleFormat.Check.Name]!["enum"]!.Values<string>().OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void Source_kinds_match_the_vocabulary()
        {
            var item = (JObject)Load("sources.schema.json")["properties"]![SourceFileFormat.Sources.Name]!["items"]!;
            Assert.Equal(Vocabulary.SourceKinds.Keys.OrderBy(n => n, StringComparer.Ordinal), item["properties"]![SourceFormat.Kind.Name]!["enum"]!.Values<string>().OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void Claim_flags_match_the_vocabulary()
        {
            var flags = Load("claim.schema.json")["properties"]![ClaimFormat.Flags.Name]!["items"]!["enum"]!;
            Assert.Equal(Vocabulary.Flags.Keys.OrderBy(n => n, StringComparer.Ordinal), flags.Values<string>().OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void Claim_units_are_the_plain_units_and_the_currencies_the_loader_accepts()
        {
            var choices = (JArray)Load("claim.schema.json")["properties"]![ClaimFormat.Unit.Name]!["anyOf"]!;
            var plain = choices[0]["enum"]!.Values<string>().ToList();
            var currencies = choices[1]["enum"]!.Values<string>().ToList();
            Assert.Equal(PolicyRef.Model.CurrencyCodes.All, currencies.OrderBy(c => c, StringComparer.Ordinal));
            var units = typeof(PolicyRef.Model.Unit).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(PolicyRef.Model.Unit)).Select(p => (PolicyRef.Model.Unit)p.GetValue(null)!)
                .Where(u => u.Kind != PolicyRef.Model.UnitKind.Money).Select(u => u.Symbol);
            Assert.Equal(units.OrderBy(u => u, StringComparer.Ordinal), plain.OrderBy(u => u, StringComparer.Ordinal));
            Assert.All(plain.Concat(currencies), u => Assert.True(PolicyRef.Model.Unit.TryParse(u, out _), u + " should load"));
            Assert.False(PolicyRef.Model.Unit.TryParse("ABC", out _));
        }

        private static JObject Load(string schema) => JObject.Parse(File.ReadAllText(Path.Combine(Repository.Data, "schema", schema)));

        private static void AssertObject(string where, JObject schema, DataEntity entity)
        {
            var properties = (JObject)schema["properties"]!;
            Assert.Equal(entity.Names, properties.Properties().Select(p => p.Name));
            Assert.Equal(entity.Fields.Where(f => f.Required).Select(f => f.Name), schema["required"]?.Values<string>() ?? Enumerable.Empty<string>());
            Assert.False((bool)schema["additionalProperties"]!, where + ": additionalProperties");
            foreach (var field in entity.Fields)
            {
                AssertField(where + "/" + field.Name, (JObject)properties[field.Name]!, field);
            }
        }

        private static void AssertField(string where, JObject property, DataField field)
        {
            switch (field.Type)
            {
                case JsonType.String:
                    Assert.True(IsString(property), where + " should be a string");
                    break;
                case JsonType.Number:
                    Assert.Equal("number", (string?)property["type"]);
                    break;
                case JsonType.NumberOrString:
                    Assert.Equal(new[] { "number", "string" }, property["type"]!.Values<string>());
                    break;
                case JsonType.StringArray:
                    Assert.Equal("array", (string?)property["type"]);
                    Assert.True(IsString((JObject)property["items"]!), where + " should hold strings");
                    break;
                case JsonType.ObjectArray:
                    Assert.Equal("array", (string?)property["type"]);
                    var items = (JObject)property["items"]!;
                    if (items["$ref"] is JToken reference)
                    {
                        Assert.Same(field.Items, SchemaFiles[(string)reference!]);
                    }
                    else
                    {
                        Assert.Equal("object", (string?)items["type"]);
                        AssertObject(where, items, field.Items!);
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(field), field.Type, where);
            }
        }

        /// <summary>A string: typed so, an enumeration of strings, or one of a string and null.</summary>
        private static bool IsString(JObject property) =>
            (string?)property["type"] == "string"
            || (property["type"] is null && property["enum"] is JArray values && values.All(v => v.Type == JTokenType.String))
            || (property["oneOf"] is JArray choices && choices.Any(c => (string?)c["type"] == "string") && choices.All(c => (string?)c["type"] is "string" or "null"));
    }
}
