using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using PolicyRef.Export;
using PolicyRef.Model;
using PolicyRef.Queries;
using Xunit;

namespace PolicyRef.Site.Tests
{
    /// <summary>
    /// The pages do not mislead: on the fixture (which holds a variant, a part, a suspect claim and a change of publisher
    /// in a series) every figure says what it counts, parts never stand in for their whole, the preferred marks are the
    /// export's, series breaks are drawn, conflicts are split by kind, and each figure offers its source's citation.
    /// </summary>
    public sealed class ComparablePageTests : IDisposable
    {
        private static readonly Regex MetricSection = new Regex("<section class=\"metric\" id=\"metric-(?<id>[a-z0-9-]+)\">(?<body>.*?)</section>", RegexOptions.CultureInvariant | RegexOptions.Singleline);
        private static readonly Regex Headline = new Regex("<p class=\"preferred\">(?<body>.*?)</p>", RegexOptions.CultureInvariant | RegexOptions.Singleline);

        private readonly GeneratedSite site = new GeneratedSite();

        public void Dispose() => site.Dispose();

        private IEnumerable<(IClaimSubject Subject, Claim Claim)> Claims(Func<Claim, bool> where) =>
            site.Data.Subjects.SelectMany(s => s.Claims.Where(where).Select(c => (Subject: s, Claim: c)));

        private IReadOnlyDictionary<string, string> Sections(IClaimSubject subject) =>
            MetricSection.Matches(site.PageOf(subject)).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);

        [Fact]
        public void A_part_is_listed_as_a_part_of_its_whole_and_never_as_the_headline_figure()
        {
            var parts = Claims(c => !c.IsWhole).ToList();
            Assert.NotEmpty(parts);
            foreach (var (subject, claim) in parts)
            {
                var section = Sections(subject)[claim.Metric.Value];
                var partsLine = Regex.Match(section, "<p class=\"parts\">(?<body>.*?)</p>", RegexOptions.Singleline);
                Assert.True(partsLine.Success, $"{subject.Id} {claim.Metric}: no line of parts");
                Assert.Contains("part: " + WebUtility.HtmlEncode(claim.Part!.Label), partsLine.Groups["body"].Value, StringComparison.Ordinal);
                Assert.Contains("not the whole", partsLine.Groups["body"].Value, StringComparison.Ordinal);
            }

            // The fixture's part (5,000 per module, 2024) is the most recent design capacity of alpha-max: without
            // comparability it would be the headline. The headline is the whole.
            var headline = Headline.Match(Sections(site.Data.GetFacility("alpha-max"))["design-capacity"]).Groups["body"].Value;
            Assert.DoesNotContain("5,000", headline, StringComparison.Ordinal);
            Assert.Contains("40,000", headline, StringComparison.Ordinal);
        }

        [Fact]
        public void No_headline_figure_of_any_page_is_a_part_or_a_variant()
        {
            var headlines = 0;
            foreach (var subject in site.Data.Subjects)
            {
                foreach (var section in Sections(subject).Values)
                {
                    foreach (Match m in Headline.Matches(section))
                    {
                        headlines++;
                        Assert.DoesNotContain("class=\"part\"", m.Groups["body"].Value, StringComparison.Ordinal);
                        Assert.DoesNotContain("class=\"variant\"", m.Groups["body"].Value, StringComparison.Ordinal);
                    }
                }
            }

            Assert.True(headlines > 20, $"only {headlines} headline figures");
        }

        [Fact]
        public void A_variant_names_itself_with_its_description_and_is_set_apart_from_the_standard_definition()
        {
            var variants = Claims(c => !c.IsStandard).ToList();
            Assert.NotEmpty(variants);
            foreach (var (subject, claim) in variants)
            {
                var variant = site.Data.GetMetric(claim.Metric).FindVariant(claim.Definition);
                Assert.NotNull(variant);
                var section = Sections(subject)[claim.Metric.Value];
                Assert.Contains("variant: " + WebUtility.HtmlEncode(variant!.Name), section, StringComparison.Ordinal);
                Assert.Contains(WebUtility.HtmlEncode(variant.Description), section, StringComparison.Ordinal);
                Assert.Matches("<p class=\"other-definitions\">.*variant: " + Regex.Escape(WebUtility.HtmlEncode(variant.Name)), section);
            }

            // Alphaland's 2024 rate counts sentenced prisoners only; the headline is the standard 2023 figure.
            var headline = Headline.Match(Sections(site.Data.GetCountry("AAA"))["prison-population-rate"]).Groups["body"].Value;
            Assert.DoesNotContain("450", headline, StringComparison.Ordinal);
            Assert.Contains("2023", headline, StringComparison.Ordinal);
        }

        [Fact]
        public void A_suspect_claim_shows_its_reason_wherever_it_is_listed()
        {
            var suspects = Claims(c => c.Has(ClaimFlags.Suspect)).ToList();
            Assert.NotEmpty(suspects);
            foreach (var (subject, claim) in suspects)
            {
                var page = site.PageOf(subject);
                var mark = "suspect: " + WebUtility.HtmlEncode(claim.SuspectReason!);
                Assert.Contains(mark, Sections(subject)[claim.Metric.Value], StringComparison.Ordinal);
                var suspectSection = page.Substring(page.IndexOf("## Suspect figures", StringComparison.Ordinal));
                Assert.Contains(mark, suspectSection, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Every_qualifier_of_a_figure_is_beside_it()
        {
            var qualified = Claims(c => c.Flags != ClaimFlags.None).ToList();
            Assert.Contains(qualified, x => x.Claim.Has(ClaimFlags.Planned));
            Assert.Contains(qualified, x => x.Claim.Has(ClaimFlags.Approximate));
            foreach (var (subject, claim) in qualified)
            {
                var section = Sections(subject)[claim.Metric.Value];
                var words = ClaimMarkup.QualifierWords(claim);
                if (words.Length > 0)
                {
                    Assert.Contains("(" + words + ")", section, StringComparison.Ordinal);
                }

                if (claim.Has(ClaimFlags.LowerBound))
                {
                    Assert.Contains("≥ ", section, StringComparison.Ordinal);
                }
            }
        }

        [Fact]
        public void The_preferred_marks_of_a_page_are_the_preferred_column_of_observations_csv()
        {
            foreach (var subject in site.Data.Subjects)
            {
                var observations = Observations.Of(site.Data, subject);
                foreach (var (metric, section) in Sections(subject))
                {
                    var rows = Regex.Matches(section, "<tr(?<preferred> class=\"preferred\")?><td>", RegexOptions.CultureInvariant);
                    var expected = observations.Where(o => o.Claim.Metric.Value == metric).ToList();
                    Assert.Equal(expected.Count, rows.Count);
                    Assert.Equal(expected.Count(o => o.Preferred), rows.Count(r => r.Groups["preferred"].Success));
                    Assert.Equal(expected.Count(o => o.Preferred), Regex.Matches(section, "class=\"preferred-mark\"").Count);
                }

                // Every headline figure is a claim the export marks preferred.
                foreach (var metric in site.Data.Metrics.Where(m => !subject.Claims.For(m.Id).IsEmpty))
                {
                    if (site.Data.Select(subject, metric.Id) is { } selection)
                    {
                        Assert.Contains(observations, o => o.Preferred && ReferenceEquals(o.Claim, selection.Chosen));
                    }
                }
            }
        }

        [Fact]
        public void A_series_break_is_drawn_on_the_chart_with_its_reason()
        {
            var country = site.Data.GetCountry("AAA");
            var series = site.Data.Series(country, MetricIds.HomicideRate, SeriesOptions.Yearly);
            var breaks = series.Points.Where(p => p.IsBreak).ToList();
            Assert.NotEmpty(breaks);
            var page = site.PageOf(country);
            foreach (var point in breaks)
            {
                Assert.Contains("<title>series break: " + WebUtility.HtmlEncode(point.Period + ": " + point.BreakReason) + "</title>", page, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Conflicts_are_split_into_the_kinds_the_conflicts_query_gives()
        {
            var conflicts = site.Data.Conflicts().Conflicts;
            Assert.True(conflicts.Select(c => c.Kind).Distinct().Count() >= 2, "the fixture should hold conflicts of two kinds at least");
            foreach (var bySubject in conflicts.GroupBy(c => c.Subject))
            {
                var page = site.PageOf(bySubject.Key);
                foreach (var kind in Enum.GetValues<ConflictKind>())
                {
                    var count = bySubject.Count(c => c.Kind == kind);
                    var table = Regex.Match(page, "<table class=\"conflicts conflicts-kind-" + kind.ToString().ToLowerInvariant() + "\">(?<body>.*?)</table>", RegexOptions.Singleline);
                    Assert.Equal(count > 0, table.Success);
                    if (count > 0)
                    {
                        Assert.Equal(count, Regex.Matches(table.Groups["body"].Value, "<tr><td>").Count);
                        // Explained, acknowledged without a reason, or neither: as the conflicts query says.
                        var ofKind = bySubject.Where(c => c.Kind == kind).ToList();
                        Assert.Equal(ofKind.Count(c => c.IsAcknowledgedWithoutReason), Regex.Matches(table.Groups["body"].Value, "acknowledged in a note, no reason recorded").Count);
                        Assert.Equal(ofKind.Count(c => c.IsExplained && !c.IsAcknowledgedWithoutReason), Regex.Matches(table.Groups["body"].Value, "yes, in a note").Count);
                    }
                }
            }
        }

        [Fact]
        public void Each_figure_offers_its_sources_citation_and_the_entry_gives_publisher_title_url_and_dates()
        {
            foreach (var subject in site.Data.Subjects)
            {
                var page = site.PageOf(subject);
                foreach (var id in subject.Claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal))
                {
                    var source = site.Data.GetSource(id);
                    Assert.Matches("href=\"#source-" + Regex.Escape(id) + "\">[^<]*</a> <small class=\"cite\" title=\"cite this figure: its source's BibTeX or CSL-JSON\">cite: <a href=\"\\.\\./downloads/sources/" + Regex.Escape(id) + "\\.bib\" download>BibTeX</a> · <a href=\"\\.\\./downloads/sources/" + Regex.Escape(id) + "\\.csl\\.json\" download>CSL-JSON</a>", page);
                    var entry = Regex.Match(page, "<li id=\"source-" + Regex.Escape(id) + "\">(?<body>.*?)</li>", RegexOptions.Singleline).Groups["body"].Value;
                    Assert.Contains(WebUtility.HtmlEncode(source.Publisher), entry, StringComparison.Ordinal);
                    Assert.Contains(WebUtility.HtmlEncode(source.Title), entry, StringComparison.Ordinal);
                    Assert.Contains("accessed " + source.Accessed.ToString("uuuu-MM-dd", null), entry, StringComparison.Ordinal);
                    if (source.Url is not null)
                    {
                        Assert.Contains(WebUtility.HtmlEncode(source.Url), entry, StringComparison.Ordinal);
                    }

                    if (source.Published is not null)
                    {
                        Assert.Contains("published " + source.Published.Value.ToString("uuuu-MM-dd", null), entry, StringComparison.Ordinal);
                    }

                    Assert.Equal(Citations.ToBibTex(new[] { source }), site.Read("downloads/sources/" + id + ".bib"));
                    Assert.Equal(Citations.ToCslJson(new[] { source }) + "\n", site.Read("downloads/sources/" + id + ".csl.json"));
                }
            }
        }
    }
}
