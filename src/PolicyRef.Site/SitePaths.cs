using System;
using PolicyRef.Model;

namespace PolicyRef.Site
{
    /// <summary>Where each page and download lives under the reference folder, and links between them.</summary>
    internal static class SitePaths
    {
        public const string Countries = "countries";
        public const string Facilities = "facilities";
        public const string Policies = "policies";
        public const string Downloads = "downloads";

        /// <summary>The folder of a kind of subject.</summary>
        public static string FolderOf(SubjectKind kind) => kind switch
        {
            SubjectKind.Country => Countries,
            SubjectKind.Facility => Facilities,
            SubjectKind.Policy => Policies,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such subject kind"),
        };

        /// <summary>A subject's page, relative to the reference folder, such as facilities/cecot.md.</summary>
        public static string PageOf(SubjectKind kind, string id) => FolderOf(kind) + "/" + id + ".md";

        /// <summary>A subject's page, relative to the reference folder.</summary>
        public static string PageOf(IClaimSubject subject) => PageOf(subject.Kind, subject.Id);

        /// <summary>A link from one subject's page (or a subject folder's index) to another subject's page.</summary>
        public static string LinkFromSubject(SubjectKind kind, string id) => "../" + PageOf(kind, id);

        /// <summary>A download of a subject, relative to the reference folder, such as downloads/cecot.csv.</summary>
        public static string DownloadOf(IClaimSubject subject, string extension) =>
            Downloads + "/" + FolderOf(subject.Kind) + "-" + subject.Id + extension;

        /// <summary>A source's citation file, relative to the reference folder, such as downloads/sources/some-id.bib.</summary>
        public static string CitationOf(string sourceId, string extension) => Downloads + "/sources/" + sourceId + extension;

        /// <summary>The anchor of a source entry on a subject's page.</summary>
        public static string SourceAnchor(string sourceId) => Markup.Anchor("source", sourceId);

        /// <summary>
        /// The link from the page being written to the entry of a claim's source: on the same page when the claim is the
        /// page's subject's, else on the page of the claim's subject, which lists every source of its claims.
        /// </summary>
        public static string SourceLink(IClaimSubject page, Claim claim) =>
            claim.SubjectKind == page.Kind && claim.SubjectId == page.Id
                ? "#" + SourceAnchor(claim.SourceId)
                : LinkFromSubject(claim.SubjectKind, claim.SubjectId) + "#" + SourceAnchor(claim.SourceId);
    }
}
