using PolicyRef.Model;

namespace PolicyRef.DataImport.Changelog
{
    /// <summary>Why the preferred figure of a cell changed between two data sets.</summary>
    internal enum ChangeReason
    {
        /// <summary>A claim the old set did not have is now preferred.</summary>
        NewClaimPreferred,

        /// <summary>The claim preferred before now names a variant of its metric.</summary>
        BecameVariant,

        /// <summary>The claim preferred before now counts a part of its subject.</summary>
        BecamePart,

        /// <summary>The claim preferred before is now suspect (a plausibility screen or its own note).</summary>
        BecameSuspect,

        /// <summary>The claim preferred before has a different value now (same subject, metric, period and source).</summary>
        ValueEdited,

        /// <summary>The claim preferred before is gone from the data set.</summary>
        Removed,

        /// <summary>Both claims are in both sets unchanged; the preference rule now chooses the other.</summary>
        RuleChoseAnother,
    }

    /// <summary>One cell (subject, metric, period as written) whose preferred figure changed, with the reason.</summary>
    internal sealed record PreferredChange(
        IClaimSubject Subject,
        MetricId Metric,
        string Period,
        Claim? Before,
        Claim? After,
        ChangeReason Reason,
        string Detail);
}
