namespace PolicyRef.Model
{
    /// <summary>The units a metric can be measured in.</summary>
    public enum UnitKind
    {
        /// <summary>A count of people or things.</summary>
        Count,

        /// <summary>A rate per 100,000 population.</summary>
        PerHundredThousand,

        /// <summary>A percentage.</summary>
        Percent,

        /// <summary>Metres.</summary>
        Metre,

        /// <summary>Kilometres.</summary>
        Kilometre,

        /// <summary>Square metres.</summary>
        SquareMetre,

        /// <summary>Hectares.</summary>
        Hectare,

        /// <summary>Volts.</summary>
        Volt,

        /// <summary>Hours.</summary>
        Hour,

        /// <summary>Hours per day.</summary>
        HoursPerDay,

        /// <summary>An amount of money in a currency named by an ISO 4217 code.</summary>
        Money,

        /// <summary>A calendar date.</summary>
        Date,

        /// <summary>One of a metric's categories.</summary>
        Category,
    }
}
