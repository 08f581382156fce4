namespace PolicyRef.Model
{
    /// <summary>What kind of publisher a source is. The order is the order of preference used by <see cref="PreferenceRule"/>.</summary>
    public enum SourceKind
    {
        /// <summary>Statistics published by a national statistics office or prison administration.</summary>
        OfficialStatistics = 0,

        /// <summary>Statements and publications of a government that are not statistics.</summary>
        Government = 1,

        /// <summary>Intergovernmental bodies such as UNODC or the World Bank.</summary>
        Intergovernmental = 2,

        /// <summary>Research institutes and academic projects, such as the World Prison Brief.</summary>
        Research = 3,

        /// <summary>Non-governmental and human-rights organisations.</summary>
        Ngo = 4,

        /// <summary>News media and wire services.</summary>
        Press = 5,

        /// <summary>Documentary films and programmes.</summary>
        Documentary = 6,

        /// <summary>Anything else.</summary>
        Other = 7,
    }
}
