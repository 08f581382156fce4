using System;

namespace PolicyRef.Model
{
    /// <summary>What a claim is, when it is not a plain measurement.</summary>
    [Flags]
    public enum ClaimFlags
    {
        /// <summary>A plain reported figure.</summary>
        None = 0,

        /// <summary>The source calls it an estimate.</summary>
        Estimate = 1,

        /// <summary>The source calls it provisional.</summary>
        Provisional = 2,

        /// <summary>Computed from other claims; <see cref="Claim.DerivedFrom"/> names them.</summary>
        Derived = 4,

        /// <summary>A planned or announced value, not yet realised.</summary>
        Planned = 8,

        /// <summary>The true value is at least this ("over 40,000").</summary>
        LowerBound = 16,

        /// <summary>The true value is at most this ("up to 100").</summary>
        UpperBound = 32,

        /// <summary>The source gives it as approximate ("about 19").</summary>
        Approximate = 64,

        /// <summary>A plausibility screen doubts it (<see cref="Claim.SuspectReason"/> says why); it loses to claims that are not suspect and stays visible.</summary>
        Suspect = 128,
    }
}
