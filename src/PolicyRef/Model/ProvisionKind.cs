namespace PolicyRef.Model
{
    /// <summary>What a policy provision does.</summary>
    public enum ProvisionKind
    {
        /// <summary>Suspends constitutional rights or guarantees.</summary>
        RightsSuspended,

        /// <summary>Changes how long people may be held without charge or trial.</summary>
        DetentionLimit,

        /// <summary>Changes how trials are held (collective hearings, anonymous judges).</summary>
        TrialProcedure,

        /// <summary>Changes sentences or sentencing rules.</summary>
        Sentencing,

        /// <summary>Creates or changes offences and penalties.</summary>
        Penalties,

        /// <summary>Gives the armed forces a role in policing or prisons.</summary>
        MilitaryRole,

        /// <summary>Changes the regime inside prisons.</summary>
        PrisonRegime,

        /// <summary>Anything else.</summary>
        Other,
    }
}
