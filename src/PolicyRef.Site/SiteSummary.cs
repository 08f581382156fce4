namespace PolicyRef.Site
{
    /// <summary>What a generation wrote: the number of subject pages of each kind, index pages and files in all.</summary>
    /// <param name="Countries">Country pages.</param>
    /// <param name="Facilities">Facility pages.</param>
    /// <param name="Policies">Policy pages.</param>
    /// <param name="IndexPages">Index pages (the landing page and one per kind of subject).</param>
    /// <param name="Files">Every file written, downloads and table of contents included.</param>
    public sealed record SiteSummary(int Countries, int Facilities, int Policies, int IndexPages, int Files)
    {
        /// <summary>Subject pages in all.</summary>
        public int SubjectPages => Countries + Facilities + Policies;
    }
}
