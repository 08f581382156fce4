namespace PolicyRef.Model
{
    /// <summary>What kind of policy it is.</summary>
    public enum PolicyKind
    {
        /// <summary>A state of emergency or exception that suspends rights.</summary>
        StateOfEmergency,

        /// <summary>A law or decree.</summary>
        Legislation,

        /// <summary>A programme to build prisons.</summary>
        PrisonConstruction,

        /// <summary>A change to sentencing.</summary>
        SentencingReform,

        /// <summary>A programme to reduce the prison population.</summary>
        Decarceration,

        /// <summary>A security or policing operation.</summary>
        SecurityOperation,

        /// <summary>Anything else.</summary>
        Other,
    }
}
