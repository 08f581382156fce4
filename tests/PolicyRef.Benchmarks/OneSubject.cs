using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PolicyRef.Data;
using PolicyRef.Model;

namespace PolicyRef.Benchmarks
{
    /// <summary>
    /// One facility with many claims over the shipped set: two varying metrics with figures from 2000 to 2025 (staff yearly,
    /// design capacity by year, month and day), and one fixed metric (cells) with an eighth of the claims, each from one of 60 sources of six
    /// kinds; about one figure in ten differs by 8 %. It is the shape that made one subject's queries quadratic: many
    /// claims for the same metric and period, every one of which the preference rule compares with the others.
    /// </summary>
    public static class OneSubject
    {
        public const string FacilityId = "one-subject-facility";

        private static readonly string[] Kinds = { "official-statistics", "government", "intergovernmental", "research", "ngo", "press" };
        

        /// <summary>The shipped set with the facility added, loaded by the full loader path the CLI's <c>--data</c> takes.</summary>
        public static PolicyReference Load(int claims) => PolicyReference.LoadFiles(Files(claims), PolicyReference.Default, Shared.Today);

        internal static IReadOnlyList<DataFile> Files(int claims)
        {
            var random = new Random(claims);
            var sources = new StringBuilder("{ \"sources\": [\n");
            for (var s = 0; s < 60; s++)
            {
                sources.Append(s == 0 ? string.Empty : ",\n")
                    .Append(CultureInfo.InvariantCulture, $"  {{ \"id\": \"os{s:D2}\", \"publisher\": \"Publisher {s % 20}\", \"title\": \"Figures {s}\", \"published\": \"2024-{1 + (s % 12):D2}-01\", \"accessed\": \"2025-01-01\", \"kind\": \"{Kinds[s % Kinds.Length]}\" }}");
            }

            sources.Append("\n] }\n");
            var text = new StringBuilder(claims * 120);
            text.Append("{ \"id\": \"").Append(FacilityId).Append("\", \"name\": \"One subject\", \"aliases\": [], \"country\": \"SLV\", \"sources\": [ \"os00\" ], \"claims\": [\n");
            for (var i = 0; i < claims; i++)
            {
                string metric, unit, period;
                decimal level;
                if (i % 8 == 7)
                {
                    (metric, unit, level) = ("cells", "count", 500m);
                    period = (2000 + random.Next(26)).ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    metric = i % 2 == 0 ? "staff" : "design-capacity";
                    unit = "count";
                    var year = 2000 + random.Next(26);
                    level = 1000m + (year - 2000) * 100m;
                    // The series metric has yearly figures only, so that many claims share each year.
                    var shape = i % 2 == 0 ? 0 : random.Next(10);
                    period = shape < 7 ? year.ToString(CultureInfo.InvariantCulture)
                        : shape < 9 ? FormattableString.Invariant($"{year}-{1 + random.Next(12):D2}")
                        : FormattableString.Invariant($"{year}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}");
                }

                var value = random.Next(10) == 0 ? level * 1.08m : level;
                text.Append(i == 0 ? string.Empty : ",\n")
                    .Append(CultureInfo.InvariantCulture, $"{{\"metric\":\"{metric}\",\"value\":{Math.Round(value)},\"unit\":\"{unit}\",\"period\":\"{period}\",\"source\":\"os{random.Next(60):D2}\"}}");
            }

            text.Append("\n] }\n");
            return new[]
            {
                new DataFile("sources/one-subject.json", Encoding.UTF8.GetBytes(sources.ToString())),
                new DataFile("facilities/SLV/" + FacilityId + ".json", Encoding.UTF8.GetBytes(text.ToString())),
            };
        }

        /// <summary>
        /// What <c>policyref show</c> asks of the library: every metric's selection, fully ranked. Through the preference
        /// rule directly, as <see cref="PolicyReference.Select"/> does, but without its memo, so that each call does the work.
        /// </summary>
        public static int Show(PolicyReference data)
        {
            var subject = data.GetFacility(FacilityId);
            var lines = 0;
            foreach (var metric in subject.Claims.Metrics)
            {
                var selection = PreferenceRule.Default.Select(subject.Claims.For(metric), data.GetMetric(metric), data.SourcesById)!;
                lines += selection.Ranked.OrderBy(c => c.Period).Count(c => !ReferenceEquals(c, selection.Chosen)) + 1;
            }

            return lines;
        }

        /// <summary>What <c>policyref conflicts --subject</c> asks.</summary>
        public static int Conflicts(PolicyReference data) => data.Conflicts(Queries.ConflictFilter.All.WithSubject(FacilityId)).Conflicts.Length;

        /// <summary>The preference rule's corroboration count for every claim of the fixed metric, each compared with every other (the code before the index).</summary>
        public static int CorroborationPairwise(PolicyReference data)
        {
            var (claims, metric) = FixedMetricClaims(data);
            var total = 0;
            foreach (var claim in claims)
            {
                total += Corroboration.Pairwise(claims, metric, claim);
            }

            return total;
        }

        /// <summary>The same counts through the index.</summary>
        public static int CorroborationIndexed(PolicyReference data)
        {
            var (claims, metric) = FixedMetricClaims(data);
            var support = new Corroboration(claims, metric, data.SourcesById);
            var total = 0;
            foreach (var claim in claims)
            {
                total += support.Of(claim);
            }

            return total;
        }

        private static (System.Collections.Immutable.ImmutableArray<Claim> Claims, MetricDefinition Metric) FixedMetricClaims(PolicyReference data) =>
            (data.GetFacility(FacilityId).Claims.For(new MetricId("cells")), data.GetMetric(new MetricId("cells")));

        /// <summary>
        /// The part of <c>conflicts --subject</c> that compared everything with everything: the subject's claims grouped by
        /// period and each group's flags, by the pairwise definitions (the code before) or near-linearly; the number of groups
        /// holding a disagreement, so that both do all the work.
        /// </summary>
        public static int ConflictGroupsAndFlags(PolicyReference data, bool pairwise)
        {
            var facility = data.GetFacility(FacilityId);
            var found = 0;
            foreach (var metricId in facility.Claims.Metrics)
            {
                var metric = data.GetMetric(metricId);
                foreach (var same in facility.Claims.For(metricId).GroupBy(c => c.Unit.Symbol))
                {
                    var list = same.ToList();
                    var groups = metric.Temporality == MetricTemporality.Fixed ? new[] { (Period: (ReferencePeriod?)null, Claims: list) }
                        : (pairwise ? Queries.ConflictGroups.Pairwise(metric, list) : Queries.ConflictGroups.ByPeriod(metric, list)).Select(g => (Period: (ReferencePeriod?)g.Period, g.Claims)).ToArray();
                    foreach (var group in groups)
                    {
                        var flags = pairwise ? Queries.ConflictFlags.Pairwise(_ => true, metric, group.Claims) : Queries.ConflictFlags.Of(_ => true, metric, group.Claims);
                        found += flags.Disagreement ? 1 : 0;
                    }
                }
            }

            return found;
        }

        /// <summary>What <c>policyref series</c> asks, for a metric with many claims per year.</summary>
        public static int Series(PolicyReference data) => data.Series(data.GetFacility(FacilityId), new MetricId("staff")).Points.Length;
    }
}
