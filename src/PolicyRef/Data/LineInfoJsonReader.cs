using System;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyRef.Data
{
    /// <summary>Reads one file into a JSON tree with line information, hardened against hostile input.</summary>
    internal static class LineInfoJsonReader
    {
        public const int MaxDepth = 64;
        public const int MaxFileBytes = 16 * 1024 * 1024;

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The file's bytes, or null with a problem logged when it cannot be read (a file of a directory is read now).</summary>
        public static byte[]? ReadContent(DataFile file, ProblemLog log)
        {
            try
            {
                return file.Content;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                log.Add(new DataProblem(DataProblemKind.InvalidFile, file.Path, 0, 0, string.Empty, "the file could not be read: " + e.Message));
                return null;
            }
        }

        public static JToken? Read(DataFile file, ProblemLog log)
        {
            var content = ReadContent(file, log);
            if (content is null)
            {
                return null;
            }

            if (content.Length > MaxFileBytes)
            {
                log.Add(new DataProblem(DataProblemKind.InvalidFile, file.Path, 0, 0, string.Empty, $"the file is {content.Length:N0} bytes; data files may be at most {MaxFileBytes:N0} bytes"));
                return null;
            }

            string text;
            try
            {
                text = StrictUtf8.GetString(content);
            }
            catch (DecoderFallbackException)
            {
                log.Add(new DataProblem(DataProblemKind.MalformedJson, file.Path, 0, 0, string.Empty, "the file is not valid UTF-8; save it as UTF-8"));
                return null;
            }

            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            if (text.Trim().Length == 0)
            {
                log.Add(new DataProblem(DataProblemKind.MalformedJson, file.Path, 0, 0, string.Empty, "the file is empty; expected a JSON object"));
                return null;
            }

            using var reader = new JsonTextReader(new StringReader(text))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                MaxDepth = MaxDepth,
            };
            var settings = new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            };
            try
            {
                if (!IsStrict(text, file, log))
                {
                    return null;
                }

                var token = JToken.ReadFrom(reader, settings);
                while (reader.Read())
                {
                    if (reader.TokenType != JsonToken.Comment)
                    {
                        log.Add(new DataProblem(DataProblemKind.MalformedJson, file.Path, reader.LineNumber, reader.LinePosition, string.Empty, "unexpected content after the end of the JSON value; a data file holds exactly one JSON object"));
                        return null;
                    }
                }

                // What Newtonsoft read, it may have read loosely (0600 as octal 384, 0x258, comments, trailing commas):
                // only text that is JSON by RFC 8259 is kept.
                var departure = StrictJson.Check(text, file.Path, MaxDepth);
                if (departure is not null)
                {
                    log.Add(departure);
                    return null;
                }

                return token;
            }
            catch (JsonReaderException e)
            {
                log.Add(new DataProblem(DataProblemKind.MalformedJson, file.Path, Math.Max(1, e.LineNumber), e.LinePosition, e.Path ?? string.Empty, Describe(e)));
                return null;
            }
            catch (Exception e) when (e is JsonException || e is OverflowException || e is FormatException || e is InvalidOperationException || e is ArgumentException)
            {
                log.Add(new DataProblem(DataProblemKind.MalformedJson, file.Path, reader.LineNumber, reader.LinePosition, reader.Path ?? string.Empty, "the file is not valid JSON: " + FirstSentence(e.Message)));
                return null;
            }
        }

        /// <summary>
        /// Newtonsoft also reads single-quoted strings and unquoted names, which are not JSON; a first pass over
        /// the tokens refuses them so that a file that loads here loads in every JSON tool.
        /// </summary>
        private static bool IsStrict(string text, DataFile file, ProblemLog log)
        {
            using var reader = new JsonTextReader(new StringReader(text))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                MaxDepth = MaxDepth,
            };
            while (reader.Read())
            {
                if ((reader.TokenType == JsonToken.PropertyName || reader.TokenType == JsonToken.String) && reader.QuoteChar != '"')
                {
                    var what = reader.TokenType == JsonToken.PropertyName ? "field names" : "strings";
                    log.Add(new DataProblem(DataProblemKind.MalformedJson, file.Path, reader.LineNumber, reader.LinePosition, reader.Path ?? string.Empty, $"the file is not valid JSON: {what} must be in double quotes"));
                    return false;
                }
            }

            return true;
        }

        private static string Describe(JsonReaderException e)
        {
            var message = FirstSentence(e.Message);
            if (message.IndexOf("depth", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return $"the JSON is nested deeper than {MaxDepth} levels; data files are at most a few levels deep";
            }

            return "the file is not valid JSON: " + message;
        }

        // Newtonsoft appends "Path '…', line N, position M." which the problem already carries.
        private static string FirstSentence(string message)
        {
            var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
            if (cut < 0)
            {
                cut = message.IndexOf(", line ", StringComparison.Ordinal);
            }

            return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd('.', ' ');
        }
    }
}
