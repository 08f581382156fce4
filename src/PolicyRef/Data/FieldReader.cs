using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;
using PolicyRef.Data.Format;

namespace PolicyRef.Data
{
    /// <summary>
    /// Reads the fields of one JSON object, reporting unknown, missing and mistyped fields to the log
    /// instead of throwing, so that one load reports every problem.
    /// </summary>
    internal sealed class FieldReader
    {
        /// <summary>The end of every message about a flaw found by <see cref="TextRules"/>.</summary>
        public const string PlainText = "text in a data file may not hold control characters, bidirectional overrides or half of a surrogate pair";

        private readonly ProblemLog log;

        public FieldReader(ProblemLog log, string file, JToken token, DataEntity entity)
        {
            var what = entity.Description;
            var knownFields = entity.Names;
            this.log = log;
            File = file;
            Object = token as JObject;
            if (Object is null)
            {
                log.Add(DataProblemKind.InvalidValue, file, token, $"expected {what} as a JSON object, found {Describe(token)}");
                return;
            }

            foreach (var property in Object.Properties())
            {
                if (knownFields.IndexOf(property.Name) < 0)
                {
                    log.Add(DataProblemKind.UnknownField, file, property, $"unknown field '{property.Name}' in {what}; expected one of: {string.Join(", ", knownFields)}.{NearestIds.Hint(property.Name, knownFields)}");
                }
            }
        }

        public string File { get; }

        public JObject? Object { get; }

        public bool IsValid => Object is not null;

        public JToken? Token(DataField field) => Object?[field.Name];

        public string? String(DataField field) => String(field.Name, field.Required);

        public LocalDate? Date(DataField field) => Date(field.Name, field.Required);

        public JArray? Array(DataField field) => Array(field.Name, field.Required);

        public JArray? Array(DataField field, bool required) => Array(field.Name, required);

        public ImmutableArray<string> Strings(DataField field) => Strings(field.Name, field.Required);

        public TEnum? Enum<TEnum>(DataField field, IReadOnlyDictionary<string, TEnum> values)
            where TEnum : struct => Enum(field.Name, field.Required, values);

        private JToken? Token(string name) => Object?[name];


        private string? String(string name, bool required)
        {
            var token = Get(name, required);
            if (token is null)
            {
                return null;
            }

            if (token.Type != JTokenType.String)
            {
                Report(DataProblemKind.InvalidValue, token, $"'{name}' must be a string, found {Describe(token)}");
                return null;
            }

            var value = (string)token!;
            if (value.Trim().Length == 0)
            {
                Report(DataProblemKind.InvalidValue, token, $"'{name}' must not be empty");
                return null;
            }

            var flaw = TextRules.Flaw(value);
            if (flaw is not null)
            {
                Report(DataProblemKind.InvalidValue, token, $"'{name}' holds {flaw}; {PlainText}");
                return null;
            }

            return value;
        }

        private LocalDate? Date(string name, bool required)
        {
            var text = String(name, required);
            if (text is null)
            {
                return null;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success || text.Length != 10 || parsed.Value.Year < 1)
            {
                Report(DataProblemKind.InvalidPeriod, Token(name), $"'{name}' is '{text}', which is not a valid calendar date; expected yyyy-MM-dd, years 0001 to 9999");
                return null;
            }

            return parsed.Value;
        }

        private JArray? Array(string name, bool required)
        {
            var token = Get(name, required);
            if (token is null)
            {
                return null;
            }

            if (token is not JArray array)
            {
                Report(DataProblemKind.InvalidValue, token, $"'{name}' must be an array, found {Describe(token)}");
                return null;
            }

            return array;
        }

        private ImmutableArray<string> Strings(string name, bool required)
        {
            var array = Array(name, required);
            if (array is null)
            {
                return ImmutableArray<string>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var item in array)
            {
                if (item.Type == JTokenType.String && ((string)item!).Trim().Length > 0)
                {
                    var flaw = TextRules.Flaw((string)item!);
                    if (flaw is null)
                    {
                        builder.Add((string)item!);
                    }
                    else
                    {
                        Report(DataProblemKind.InvalidValue, item, $"an item of '{name}' holds {flaw}; {PlainText}");
                    }
                }
                else
                {
                    Report(DataProblemKind.InvalidValue, item, $"items of '{name}' must be non-empty strings, found {Describe(item)}");
                }
            }

            return builder.ToImmutable();
        }

        private TEnum? Enum<TEnum>(string name, bool required, IReadOnlyDictionary<string, TEnum> values)
            where TEnum : struct
        {
            var text = String(name, required);
            if (text is null)
            {
                return null;
            }

            if (values.TryGetValue(text, out var value))
            {
                return value;
            }

            Report(DataProblemKind.InvalidValue, Token(name), $"'{name}' is '{text}'; expected one of: {string.Join(", ", values.Keys)}.{NearestIds.Hint(text, values.Keys)}");
            return null;
        }

        public void Report(DataProblemKind kind, JToken? at, string message) => log.Add(kind, File, at ?? Object, message);

        public static string Describe(JToken? token) => token is null ? "nothing" : token.Type switch
        {
            JTokenType.Object => "an object",
            JTokenType.Array => "an array",
            JTokenType.String => $"the string \"{Shorten((string)token!)}\"",
            JTokenType.Integer or JTokenType.Float => $"the number {token}",
            JTokenType.Boolean => $"the boolean {token.ToString().ToLowerInvariant()}",
            JTokenType.Null => "null",
            _ => token.Type.ToString().ToLowerInvariant(),
        };

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

        private JToken? Get(string name, bool required)
        {
            if (Object is null)
            {
                return null;
            }

            var token = Object[name];
            if (token is null || token.Type == JTokenType.Null)
            {
                if (required)
                {
                    Report(DataProblemKind.MissingField, token ?? Object, $"required field '{name}' is missing");
                }

                return null;
            }

            return token;
        }
    }
}
