using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PolicyRef.Data;
using PolicyRef.Data.Snapshot;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>The compiled snapshot reads back exactly the set it was written from, and damage never escapes as anything but the data exception.</summary>
    public class SnapshotTests
    {
        private static readonly PolicyReference Reference = Fixture.Load();
        private static readonly byte[] FixtureSnapshot = SnapshotWriter.Write(Reference);

        [Fact]
        public void The_fixture_set_reads_back_identically()
        {
            var read = SnapshotReader.Read(FixtureSnapshot, "fixture");
            Shared.DataSetAssert.Same(Reference, read);
        }

        [Fact]
        public void An_overlay_reads_back_identically()
        {
            var countries = Fixture.Files().Where(f => f.Path.StartsWith("countries/", StringComparison.Ordinal)).ToList();
            var overlay = DataSetLoader.LoadFull(countries, Array.Empty<DataProblem>(), Reference, Fixture.Today, "local");
            Shared.DataSetAssert.Same(overlay, SnapshotReader.Read(SnapshotWriter.Write(overlay), "overlay"));
        }

        [Fact]
        public void Writing_is_deterministic()
        {
            Assert.Equal(FixtureSnapshot, SnapshotWriter.Write(Fixture.Load()));
        }

        [Fact]
        public void Strings_and_periods_are_stored_once()
        {
            var read = SnapshotReader.Read(FixtureSnapshot, "fixture");
            var claims = read.Claims.ToList();
            var sameSource = claims.GroupBy(c => c.SourceId).Where(g => g.Count() > 1).First().ToList();
            Assert.Same(sameSource[0].SourceId, sameSource[1].SourceId);
            var samePeriod = claims.GroupBy(c => c.Period).Where(g => g.Count() > 1).First().ToList();
            Assert.Same(samePeriod[0].Period, samePeriod[1].Period);
        }

        [Property(MaxTest = 200)]
        public Property Numbers_and_periods_round_trip_exactly(decimal[] values, int[] days)
        {
            values ??= Array.Empty<decimal>();
            days ??= Array.Empty<int>();
            var metric = Reference.Metrics.First(m => m.Unit.IsNumeric);
            var source = Reference.Sources[0].Id;
            var claims = values.Select((value, i) =>
            {
                var start = new LocalDate(2000, 1, 1).PlusDays(Math.Abs(days.Length == 0 ? i : days[i % days.Length] % 10_000));
                var period = (i % 4) switch
                {
                    0 => ReferencePeriod.ForYear(start.Year),
                    1 => ReferencePeriod.ForMonth(new YearMonth(start.Year, start.Month)),
                    2 => ReferencePeriod.ForDay(start),
                    _ => ReferencePeriod.ForInterval(start, start.PlusDays(i)),
                };
                return new Claim(SubjectKind.Country, "AAA", metric.Id, ClaimValue.FromNumber(value), metric.Unit, period, source, i % 3 == 0 ? null : "note " + (i % 5), (ClaimFlags)(i % 3), ImmutableArray<string>.Empty);
            }).ToList();
            var country = new Country(new CountryCode("AAA"), "Aaa", null, "Test", "999", new ClaimSet(claims));
            var set = new PolicyReference("test", "hash", Reference.Metrics, Reference.Sources, new[] { country }, Array.Empty<Facility>(), Array.Empty<Policy>(), Array.Empty<Standard>());

            var read = SnapshotReader.Read(SnapshotWriter.Write(set), "generated").GetCountry("AAA").Claims.ToList();

            return (read.Count == claims.Count && read.Zip(claims, (a, b) =>
                    decimal.GetBits(a.Value.Number).SequenceEqual(decimal.GetBits(b.Value.Number)) && a.Period.Equals(b.Period) && a.Note == b.Note && a.Flags == b.Flags).All(x => x))
                .Label($"{claims.Count} claims");
        }

        [Property(MaxTest = 300)]
        public Property A_damaged_snapshot_reads_or_fails_with_the_data_exception_only(PositiveInt at, byte value, bool truncate)
        {
            var bytes = (byte[])FixtureSnapshot.Clone();
            var position = at.Get % bytes.Length;
            if (truncate)
            {
                Array.Resize(ref bytes, position);
            }
            else
            {
                bytes[position] ^= (byte)(value == 0 ? 1 : value);
            }

            var outcome = Record.Exception(() => SnapshotReader.Read(bytes, "damaged"));
            return (outcome is null || (outcome is PolicyDataException data && data.Problems.Single().File == "damaged")).Label(outcome?.ToString() ?? "read");
        }

        [Fact]
        public void Every_truncation_fails_with_the_data_exception()
        {
            for (var length = 0; length < FixtureSnapshot.Length; length += 1 + (length / 50))
            {
                var problem = Assert.Throws<PolicyDataException>(() => SnapshotReader.Read(FixtureSnapshot.Take(length).ToArray(), "cut"));
                Assert.Equal(DataProblemKind.InvalidFile, problem.Problems.Single().Kind);
            }
        }

        [Fact]
        public void Another_format_version_is_refused_by_name()
        {
            var bytes = (byte[])FixtureSnapshot.Clone();
            var versionAt = 1 + SnapshotFormat.Magic.Length;
            bytes[versionAt] = (byte)(SnapshotFormat.Version + 1);
            var problem = Assert.Throws<PolicyDataException>(() => SnapshotReader.Read(bytes, "old")).Problems.Single();
            Assert.Contains($"snapshot format {SnapshotFormat.Version + 1}", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Bytes_that_are_not_a_snapshot_are_refused_by_name()
        {
            var problem = Assert.Throws<PolicyDataException>(() => SnapshotReader.Read(System.Text.Encoding.UTF8.GetBytes("\u0012{\"id\": \"not a snapshot\"}"), "json")).Problems.Single();
            Assert.Contains("not a PolicyRef snapshot", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_assembly_without_a_snapshot_has_none_to_load()
        {
            Assert.Null(EmbeddedSnapshot.TryLoad(typeof(SnapshotTests).Assembly));
        }

        [Fact]
        public void The_embedded_snapshot_is_in_the_manifest_and_matches_it()
        {
            var assembly = typeof(PolicyReference).Assembly;
            using var stream = assembly.GetManifestResourceStream(SnapshotFormat.ResourceName);
            Assert.NotNull(stream);
            var expected = DataManifest.HashFor(DataManifest.ReadEmbedded(assembly), SnapshotFormat.ResourceName);
            Assert.Equal(expected, DataManifest.HashOf(DataFiles.ReadAll(stream!)), StringComparer.OrdinalIgnoreCase);
        }

        [Fact]
        public void The_embedded_snapshot_matches_the_checksum_the_compiler_embedded_beside_it()
        {
            var assembly = typeof(PolicyReference).Assembly;
            using var snapshot = assembly.GetManifestResourceStream(SnapshotFormat.ResourceName);
            using var check = assembly.GetManifestResourceStream(SnapshotChecksum.ResourceName);
            Assert.NotNull(snapshot);
            Assert.NotNull(check);
            var expected = new System.IO.StreamReader(check!).ReadToEnd();
            Assert.Matches("^[0-9a-f]{16}$", expected);
            Assert.Equal(expected, SnapshotChecksum.Of(DataFiles.ReadAll(snapshot!)));
        }

        [Fact]
        public void A_snapshot_that_matches_its_checksum_decodes_and_one_without_a_checksum_is_refused()
        {
            Shared.DataSetAssert.Same(Reference, EmbeddedSnapshot.Decode(FixtureSnapshot, SnapshotChecksum.Of(FixtureSnapshot)));
            var missing = Assert.Throws<PolicyDataException>(() => EmbeddedSnapshot.Decode(FixtureSnapshot, null));
            Assert.Contains("has no checksum", missing.Problems.Single().Message, StringComparison.Ordinal);
        }

        [Property(MaxTest = 300)]
        public Property Any_changed_byte_of_a_snapshot_is_refused_before_it_is_decoded(int at, byte flip)
        {
            var check = SnapshotChecksum.Of(FixtureSnapshot);
            var changed = (byte[])FixtureSnapshot.Clone();
            changed[(int)((uint)at % (uint)changed.Length)] ^= flip == 0 ? (byte)1 : flip;
            var refused = Assert.Throws<PolicyDataException>(() => EmbeddedSnapshot.Decode(changed, check));
            return refused.Problems.Single().Message.Contains("does not match its checksum", StringComparison.Ordinal).ToProperty();
        }

        [Property(MaxTest = 100)]
        public Property A_snapshot_cut_short_or_lengthened_is_refused(byte[] tail, int cut)
        {
            var check = SnapshotChecksum.Of(FixtureSnapshot);
            var shorter = FixtureSnapshot.Take(FixtureSnapshot.Length - 1 - (int)((uint)cut % 64)).ToArray();
            var longer = FixtureSnapshot.Concat(tail is { Length: > 0 } ? tail : new byte[] { 0 }).ToArray();
            return (SnapshotChecksum.Of(shorter) != check && SnapshotChecksum.Of(longer) != check).ToProperty();
        }
    }
}
