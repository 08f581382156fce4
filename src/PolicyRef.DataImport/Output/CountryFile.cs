using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using PolicyRef.Data;
using PolicyRef.Data.Format;
using PolicyRef.Export;
using PolicyRef.Model;

namespace PolicyRef.DataImport.Output
{
    /// <summary>The header of a country file: everything but the claims.</summary>
    internal sealed record CountryHeader(string Id, string Name, string? M49, string Region, string RegionCode);

    /// <summary>
    /// A country file of the target set: its header (from the loaded country) and its curated claims (those not citing a
    /// bulk source), each kept as the exact JSON text it has in the file.
    /// </summary>
    internal sealed class CountryFile
    {
        private CountryFile(CountryHeader header, IReadOnlyList<CuratedClaim> curatedClaims, int bulkClaims)
        {
            Header = header;
            CuratedClaims = curatedClaims;
            BulkClaims = bulkClaims;
        }

        public CountryHeader Header { get; }

        /// <summary>The curated claims, in file order, as their JSON text with the bulk claim each followed.</summary>
        public IReadOnlyList<CuratedClaim> CuratedClaims { get; }

        /// <summary>How many claims citing a bulk source the file had.</summary>
        public int BulkClaims { get; }

        /// <summary>The file of a loaded country: the header from the country, the claims' text from the file at <paramref name="path"/>.</summary>
        public static CountryFile Read(Country country, string path)
        {
            var curated = new List<CuratedClaim>();
            var bulk = 0;
            BulkOrder? previous = null;
            foreach (var (text, source) in DataFileText.ArrayItems(File.ReadAllBytes(path), CountryFormat.Claims, ClaimFormat.Source))
            {
                if (source is not null && BulkSources.Contains(source))
                {
                    bulk++;
                    previous = BulkOrder.Parse(text);
                }
                else
                {
                    curated.Add(new CuratedClaim(text, previous));
                }
            }

            return new CountryFile(new CountryHeader(country.Id, country.Name, country.M49, country.Region, country.RegionCode), curated, bulk);
        }

        /// <summary>
        /// The file's bytes, written by the library's data file writer: the bulk claims in their sorted order, each
        /// curated claim as it was and where it was among them (<see cref="ClaimPlacement"/>).
        /// </summary>
        public static byte[] Write(CountryHeader header, IReadOnlyList<CuratedClaim> curatedClaims, IReadOnlyList<BulkClaim> sortedBulkClaims)
        {
            var claims = new JArray();
            foreach (var (curated, bulk) in ClaimPlacement.Interleave(curatedClaims, sortedBulkClaims))
            {
                claims.Add(curated is not null ? new JRaw(curated) : ClaimJson(bulk!));
            }

            var root = new JObject
            {
                [CountryFormat.Id.Name] = header.Id,
                [CountryFormat.Name.Name] = header.Name,
            };
            if (header.M49 is not null)
            {
                root[CountryFormat.M49.Name] = header.M49;
            }

            root[CountryFormat.Region.Name] = header.Region;
            root[CountryFormat.RegionCode.Name] = header.RegionCode;
            root[CountryFormat.Claims.Name] = claims;
            return DataJsonWriter.Encode(DataJsonWriter.Render(root, spacedInlineArrays: true));
        }

        /// <summary>One bulk claim, its value the JSON number text the import chose (the file's own digits or the rounded result).</summary>
        public static JObject ClaimJson(BulkClaim claim)
        {
            var json = new JObject
            {
                [ClaimFormat.Metric.Name] = claim.Metric,
                [ClaimFormat.Value.Name] = new JRaw(claim.Value),
                [ClaimFormat.Unit.Name] = claim.Unit,
                [ClaimFormat.Period.Name] = claim.Period,
                [ClaimFormat.Source.Name] = claim.Source,
                [ClaimFormat.Note.Name] = claim.Note,
            };
            if (claim.Flags != ClaimFlags.None)
            {
                json[ClaimFormat.Flags.Name] = new JArray(Vocabulary.FlagNames(claim.Flags));
            }

            if (claim.IsDerived)
            {
                json[ClaimFormat.DerivedFrom.Name] = new JArray(claim.DerivedFrom);
            }

            if (claim.Definition is not null)
            {
                json[ClaimFormat.Definition.Name] = claim.Definition;
            }

            if (claim.Doubt is { } doubt)
            {
                json[ClaimFormat.Doubt.Name] = Vocabulary.Name(Vocabulary.Doubts, doubt);
            }

            return json;
        }
    }
}
