namespace PolicyRef.Model
{
    /// <summary>What kind of part of a whole a claim describes (see <see cref="ClaimPart"/>).</summary>
    public enum PartKind
    {
        /// <summary>One of several like units, each with this value (32 cells in each of eight modules).</summary>
        PerModule,

        /// <summary>One named section of a facility (a high-security unit, a construction phase).</summary>
        PerSection,

        /// <summary>One corps or group of staff (soldiers, police, prison officers).</summary>
        PerCorps,

        /// <summary>One shift or daily duty roster.</summary>
        PerShift,

        /// <summary>One nationality or other group of the people counted.</summary>
        PerNationality,

        /// <summary>One flight, transfer or convoy of a cumulative count.</summary>
        PerFlight,

        /// <summary>One month of a longer cumulative count.</summary>
        PerMonth,

        /// <summary>One region of the subject (metropolitan France only).</summary>
        PerRegion,
    }
}
