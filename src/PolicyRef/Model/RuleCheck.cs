namespace PolicyRef.Model
{
    /// <summary>How a standard's rule is evaluated against a facility's claims.</summary>
    public enum RuleCheck
    {
        /// <summary>Outdoor access at least daily (metric outdoor-exercise: daily or open).</summary>
        DailyOutdoorExercise,

        /// <summary>Contact with family (metric family-visits: regular or extended meets it; none does not).</summary>
        FamilyContact,

        /// <summary>No prolonged solitary confinement: not 22 hours or more a day alone in a cell as the standing regime.</summary>
        NoProlongedSolitaryConfinement,

        /// <summary>No constantly lit cells (metric lighting: day-night meets it; continuous does not).</summary>
        NoConstantLighting,

        /// <summary>A bed and bedding of one's own (metric bedding: bed or mattress meets it; bare-bunk does not).</summary>
        OwnBedding,

        /// <summary>Untried people held apart from convicted ones (metric untried-separation).</summary>
        UntriedSeparated,

        /// <summary>Living space per person at least the rule's thresholds (single or shared cell), derived from cell area and people per cell.</summary>
        MinimumLivingSpace,
    }
}
