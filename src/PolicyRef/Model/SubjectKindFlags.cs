using System;

namespace PolicyRef.Model
{
    /// <summary>The kinds of entity a metric applies to.</summary>
    [Flags]
    public enum SubjectKindFlags
    {
        /// <summary>None.</summary>
        None = 0,

        /// <summary>Countries and jurisdictions.</summary>
        Country = 1,

        /// <summary>Facilities.</summary>
        Facility = 2,

        /// <summary>Policies.</summary>
        Policy = 4,
    }
}
