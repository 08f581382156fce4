namespace PolicyRef.Model
{
    /// <summary>Which step of the <see cref="PreferenceRule"/> decided between the chosen claim and the one it is explained against (<see cref="ClaimSelection.Contender"/>).</summary>
    public enum PreferenceReason
    {
        /// <summary>It was the only claim.</summary>
        OnlyClaim,

        /// <summary>Its period ends later (varying metrics only).</summary>
        MoreRecentPeriod,

        /// <summary>Its source is of a more preferred kind (see <see cref="SourceKind"/>).</summary>
        SourceKind,

        /// <summary>More independent origins agree with its value.</summary>
        Corroborated,

        /// <summary>It is a plain measurement; the other is an estimate, a bound, planned, derived or approximate.</summary>
        FewerQualifiers,

        /// <summary>Its period is of a finer granularity (a day over a month over a year).</summary>
        FinerPeriod,

        /// <summary>Its source was published more recently.</summary>
        NewerSource,

        /// <summary>Everything else being equal, the source id sorts first (a stable tie-break).</summary>
        SourceIdOrder,

        /// <summary>The claims are the same value from the same source and period.</summary>
        Identical,

        /// <summary>It is not suspect; the other claim is (see <see cref="ClaimFlags.Suspect"/>).</summary>
        NotSuspect,

        /// <summary>Same source: the period, value or note, in ordinal order, decided (a stable tie-break).</summary>
        ContentOrder
    }
}
