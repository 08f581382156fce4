using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PolicyRef.Model;
using PolicyRef.Queries;
using PolicyRef.Standards;

namespace PolicyRef
{
    /// <summary>The comparison queries of a data set.</summary>
    public sealed partial class PolicyReference
    {
        /// <summary>Ranks countries by a metric as of a date.</summary>
        /// <example>
        /// The ten highest prison population rates known at the end of 2024:
        /// <code>
        /// var top = PolicyReference.Default.RankCountries(MetricIds.PrisonPopulationRate, new LocalDate(2024, 12, 31), RankOptions.Default.WithTop(10));
        /// Console.WriteLine(top);
        /// </code>
        /// </example>
        /// <param name="metric">A numeric country metric.</param>
        /// <param name="asOf">Only figures whose period ends on or before this date count; each row says which period its figure is for.</param>
        /// <param name="options">Order, region, maximum age, number of rows; null for the defaults.</param>
        /// <returns>The ranking.</returns>
        /// <exception cref="ArgumentException">The metric does not apply to countries or is not numeric.</exception>
        public Ranking RankCountries(MetricId metric, LocalDate asOf, RankOptions? options = null) =>
            RankQuery.Run(Index, null, SubjectKind.Country, metric, asOf, options);

        /// <summary>Ranks facilities by a metric as of a date, such as design capacity.</summary>
        /// <example>
        /// <code>
        /// var largest = PolicyReference.Default.RankFacilities(MetricIds.DesignCapacity, new LocalDate(2025, 12, 31));
        /// </code>
        /// </example>
        /// <param name="metric">A numeric facility metric.</param>
        /// <param name="asOf">Only figures whose period ends on or before this date count.</param>
        /// <param name="options">Order, region, maximum age, number of rows; null for the defaults.</param>
        /// <returns>The ranking.</returns>
        /// <exception cref="ArgumentException">The metric does not apply to facilities or is not numeric.</exception>
        public Ranking RankFacilities(MetricId metric, LocalDate asOf, RankOptions? options = null) =>
            RankQuery.Run(Index, null, SubjectKind.Facility, metric, asOf, options);

        /// <summary>A subject's preferred figures for a metric over time: one point per year (or per period as given), gaps left as gaps.</summary>
        /// <example>
        /// El Salvador's homicide rate since 2015, and its change:
        /// <code>
        /// var data = PolicyReference.Default;
        /// var series = data.Series(data.GetCountry("SLV"), MetricIds.HomicideRate, SeriesOptions.Yearly.Between(new LocalDate(2015, 1, 1), null));
        /// Console.WriteLine($"{series.PercentChange:0.#}% from {series.First!.Period} to {series.Last!.Period}");
        /// </code>
        /// </example>
        /// <param name="subject">The country, facility or policy.</param>
        /// <param name="metric">A numeric metric that applies to it.</param>
        /// <param name="options">Granularity and date range; null for yearly, all dates.</param>
        /// <returns>The series.</returns>
        /// <exception cref="ArgumentException">The metric does not apply to the subject or is not numeric.</exception>
        public Series Series(IClaimSubject subject, MetricId metric, SeriesOptions? options = null) =>
            SeriesQuery.Preferred(Index, subject ?? throw new ArgumentNullException(nameof(subject)), metric, options);

        /// <summary>
        /// One series per independent publisher, so that publishers can be compared year by year: an outlet that re-prints
        /// another's figure (<see cref="Source.Republishes"/>) joins the series of the publisher it copies.
        /// </summary>
        /// <example>
        /// <code>
        /// foreach (var pair in data.SeriesByPublisher(data.GetCountry("SLV"), MetricIds.HomicideRate)) Console.WriteLine(pair.Value);
        /// </code>
        /// </example>
        /// <param name="subject">The country, facility or policy.</param>
        /// <param name="metric">A numeric metric that applies to it.</param>
        /// <param name="options">Granularity and date range; null for yearly, all dates.</param>
        /// <returns>The series, keyed and ordered by label: the publisher, with the outlets that re-print it.</returns>
        public System.Collections.Immutable.ImmutableSortedDictionary<string, Series> SeriesByPublisher(IClaimSubject subject, MetricId metric, SeriesOptions? options = null) =>
            SeriesQuery.ByPublisher(Index, subject ?? throw new ArgumentNullException(nameof(subject)), metric, options);

        /// <summary>Every subject, metric and period where sources disagree beyond the metric's tolerance, largest spread first.</summary>
        /// <example>
        /// The ten largest disagreements, and every disagreement about CECOT:
        /// <code>
        /// Console.WriteLine(data.Conflicts().Largest(10));
        /// Console.WriteLine(data.Conflicts(ConflictFilter.All.WithSubject("cecot")));
        /// </code>
        /// </example>
        /// <param name="filter">Subject, metric or source kind to narrow to; null for all.</param>
        /// <returns>The report.</returns>
        public ConflictReport Conflicts(ConflictFilter? filter = null) => ConflictQuery.Run(Index, filter);

        /// <summary>
        /// Before and after windows of whole years around a policy's start, for an outcome in the policy's country and
        /// a comparison group, with the difference-in-differences, observations, gaps and the limits of the comparison.
        /// </summary>
        /// <example>
        /// El Salvador's homicide rate three years either side of the 2022 state of exception, against Central America:
        /// <code>
        /// var impact = data.Impact(data.GetPolicy("slv-state-of-exception-2022"), MetricIds.HomicideRate, ImpactOptions.Years(3, 2));
        /// Console.WriteLine(impact);
        /// </code>
        /// </example>
        /// <param name="policy">The policy.</param>
        /// <param name="metric">A numeric country metric.</param>
        /// <param name="options">The windows and the comparison group.</param>
        /// <returns>The analysis.</returns>
        /// <exception cref="ArgumentException">The metric does not apply to countries or is not numeric.</exception>
        public ImpactAnalysis Impact(Policy policy, MetricId metric, ImpactOptions options) =>
            ImpactQuery.Run(Index, policy ?? throw new ArgumentNullException(nameof(policy)), metric, options ?? throw new ArgumentNullException(nameof(options)));

        /// <summary>
        /// Evaluates a facility's claims against every stored standard (the Nelson Mandela Rules, CPT and ICRC living-space
        /// guidance): Met, NotMet or Unknown per rule, with the claims used as evidence. Unknown is the answer wherever
        /// the data does not say.
        /// </summary>
        /// <example>
        /// <code>
        /// var assessment = data.Assess(data.GetFacility("cecot"));
        /// foreach (var rule in assessment.Rules) Console.WriteLine($"{rule.Rule.Number} {rule.Outcome}: {rule.Reason}");
        /// </code>
        /// </example>
        /// <param name="facility">The facility.</param>
        /// <param name="asOf">If given, only claims whose period ends on or before this date are used.</param>
        /// <returns>The assessment.</returns>
        public StandardsAssessment Assess(Facility facility, LocalDate? asOf = null) =>
            StandardsEvaluator.Assess(Index, facility ?? throw new ArgumentNullException(nameof(facility)), Standards, asOf);

        /// <summary>Finds countries, facilities and policies whose id, name or alias contains the text, ignoring case and accents.</summary>
        /// <example>
        /// <code>
        /// foreach (var hit in data.Search("mariona")) Console.WriteLine(hit);
        /// </code>
        /// </example>
        /// <param name="text">Part of a name, such as "terrorismo" or "bastoy".</param>
        /// <returns>The hits, exact id matches first, then by kind and id.</returns>
        public System.Collections.Immutable.ImmutableArray<SearchHit> Search(string text)
        {
            var wanted = Internal.TextFolding.Fold(text ?? throw new ArgumentNullException(nameof(text))).Trim();
            if (wanted.Length == 0)
            {
                return System.Collections.Immutable.ImmutableArray<SearchHit>.Empty;
            }

            IEnumerable<string> NamesOf(IClaimSubject subject) => subject switch
            {
                Facility f => new[] { f.Id, f.Name }.Concat(f.Aliases.Select(a => a.Name)),
                Policy p => new[] { p.Id, p.Name }.Concat(p.Aliases.Select(a => a.Name)),
                _ => new[] { subject.Id, subject.DisplayName },
            };
            return Subjects
                .Select(s => (Subject: s, Name: NamesOf(s).FirstOrDefault(n => Internal.TextFolding.Fold(n).Contains(wanted))))
                .Where(x => x.Name is not null)
                .OrderBy(x => Internal.TextFolding.Fold(x.Subject.Id) == wanted ? 0 : 1)
                .ThenBy(x => x.Subject.Kind)
                .ThenBy(x => x.Subject.Id, StringComparer.Ordinal)
                .Select(x => new SearchHit(x.Subject, x.Name!))
                .ToImmutableArray();
        }

        /// <summary>
        /// A synthetic control estimate for a policy (Abadie, Diamond and Hainmueller 2010): donor weights fitted on the
        /// pre-period, the gap after the start, RMSPE, and a placebo rank; a refusal when there are too few donors or years.
        /// </summary>
        /// <example>
        /// <code>
        /// var estimate = data.SyntheticControl(data.GetPolicy("slv-state-of-exception-2022"), MetricIds.HomicideRate, SyntheticControlOptions.Years(7, 1));
        /// Console.WriteLine(estimate);
        /// </code>
        /// </example>
        /// <param name="policy">The policy.</param>
        /// <param name="metric">A numeric country metric.</param>
        /// <param name="options">Windows, donors and placebo threshold.</param>
        /// <returns>The estimate.</returns>
        public Queries.Synthetic.SyntheticControlResult SyntheticControl(Policy policy, MetricId metric, Queries.Synthetic.SyntheticControlOptions options) =>
            Queries.Synthetic.SyntheticControlQuery.Run(Index, policy, metric, options);

        /// <summary>The latest period any claim of a subject gives for a metric, so that a caller can see how old the newest figure is.</summary>
        /// <param name="subject">The country, facility or policy.</param>
        /// <param name="metric">The metric.</param>
        /// <returns>The period that ends last, or null when there is no claim.</returns>
        public ReferencePeriod? LatestPeriod(IClaimSubject subject, MetricId metric)
        {
            var claims = (subject ?? throw new ArgumentNullException(nameof(subject))).Claims.For(metric);
            return claims.IsEmpty ? null : claims.Select(c => c.Period).Max();
        }

        /// <summary>
        /// Whether a country's prison statistics were reported as withheld at or before a date: the preferred
        /// <see cref="MetricIds.PrisonStatisticsPublication"/> claim when its value is <c>withheld</c>, else null.
        /// </summary>
        /// <param name="country">The country.</param>
        /// <param name="asOf">The date; null for the latest claim.</param>
        /// <returns>The claim saying so, or null.</returns>
        public Claim? WithheldStatistics(Country country, LocalDate? asOf = null) => Index.WithheldStatistics(country, asOf);
    }
}
