namespace PolicyRef.Model
{
    /// <summary>What kind of event in a policy's timeline.</summary>
    public enum PolicyEventKind
    {
        /// <summary>What prompted the policy.</summary>
        Trigger,

        /// <summary>The policy was declared or enacted.</summary>
        Declaration,

        /// <summary>The policy was renewed or extended.</summary>
        Renewal,

        /// <summary>The policy was changed.</summary>
        Amendment,

        /// <summary>A public statement about it.</summary>
        Statement,

        /// <summary>A report about it.</summary>
        Report,

        /// <summary>People were transferred under it.</summary>
        Transfer,

        /// <summary>Anything else.</summary>
        Other,
    }
}
