namespace PolicyRef.Model
{
    /// <summary>The typed metric handles under their 0.1.0 name; use <see cref="MetricIds"/>.</summary>
    [System.Obsolete("Use MetricIds")]
    public static class Metrics
    {
        /// <summary>Use <see cref="MetricIds.ArrestsTotal"/>.</summary>
        public static MetricId ArrestsTotal => MetricIds.ArrestsTotal;

        /// <summary>Use <see cref="MetricIds.Bedding"/>.</summary>
        public static MetricId Bedding => MetricIds.Bedding;

        /// <summary>Use <see cref="MetricIds.BedsPerCell"/>.</summary>
        public static MetricId BedsPerCell => MetricIds.BedsPerCell;

        /// <summary>Use <see cref="MetricIds.BuiltArea"/>.</summary>
        public static MetricId BuiltArea => MetricIds.BuiltArea;

        /// <summary>Use <see cref="MetricIds.CellArea"/>.</summary>
        public static MetricId CellArea => MetricIds.CellArea;

        /// <summary>Use <see cref="MetricIds.CellConfinementHours"/>.</summary>
        public static MetricId CellConfinementHours => MetricIds.CellConfinementHours;

        /// <summary>Use <see cref="MetricIds.Cells"/>.</summary>
        public static MetricId Cells => MetricIds.Cells;

        /// <summary>Use <see cref="MetricIds.Closed"/>.</summary>
        public static MetricId Closed => MetricIds.Closed;

        /// <summary>Use <see cref="MetricIds.ConstructionCost"/>.</summary>
        public static MetricId ConstructionCost => MetricIds.ConstructionCost;

        /// <summary>Use <see cref="MetricIds.DeathsInCustody"/>.</summary>
        public static MetricId DeathsInCustody => MetricIds.DeathsInCustody;

        /// <summary>Use <see cref="MetricIds.DesignCapacity"/>.</summary>
        public static MetricId DesignCapacity => MetricIds.DesignCapacity;

        /// <summary>Use <see cref="MetricIds.EducationProgrammes"/>.</summary>
        public static MetricId EducationProgrammes => MetricIds.EducationProgrammes;

        /// <summary>Use <see cref="MetricIds.Extensions"/>.</summary>
        public static MetricId Extensions => MetricIds.Extensions;

        /// <summary>Use <see cref="MetricIds.FamilyVisits"/>.</summary>
        public static MetricId FamilyVisits => MetricIds.FamilyVisits;

        /// <summary>Use <see cref="MetricIds.FemaleShare"/>.</summary>
        public static MetricId FemaleShare => MetricIds.FemaleShare;

        /// <summary>Use <see cref="MetricIds.FenceVoltage"/>.</summary>
        public static MetricId FenceVoltage => MetricIds.FenceVoltage;

        /// <summary>Use <see cref="MetricIds.ForeignShare"/>.</summary>
        public static MetricId ForeignShare => MetricIds.ForeignShare;

        /// <summary>Use <see cref="MetricIds.HabeasCorpusPetitions"/>.</summary>
        public static MetricId HabeasCorpusPetitions => MetricIds.HabeasCorpusPetitions;

        /// <summary>Use <see cref="MetricIds.HomicideRate"/>.</summary>
        public static MetricId HomicideRate => MetricIds.HomicideRate;

        /// <summary>Use <see cref="MetricIds.HomicidesTotal"/>.</summary>
        public static MetricId HomicidesTotal => MetricIds.HomicidesTotal;

        /// <summary>Use <see cref="MetricIds.InmatesPerCell"/>.</summary>
        public static MetricId InmatesPerCell => MetricIds.InmatesPerCell;

        /// <summary>Use <see cref="MetricIds.Lighting"/>.</summary>
        public static MetricId Lighting => MetricIds.Lighting;

        /// <summary>Use <see cref="MetricIds.Modules"/>.</summary>
        public static MetricId Modules => MetricIds.Modules;

        /// <summary>Use <see cref="MetricIds.OccupancyLevel"/>.</summary>
        public static MetricId OccupancyLevel => MetricIds.OccupancyLevel;

        /// <summary>Use <see cref="MetricIds.OfficialCapacity"/>.</summary>
        public static MetricId OfficialCapacity => MetricIds.OfficialCapacity;

        /// <summary>Use <see cref="MetricIds.Opened"/>.</summary>
        public static MetricId Opened => MetricIds.Opened;

        /// <summary>Use <see cref="MetricIds.OutdoorExercise"/>.</summary>
        public static MetricId OutdoorExercise => MetricIds.OutdoorExercise;

        /// <summary>Use <see cref="MetricIds.Payment"/>.</summary>
        public static MetricId Payment => MetricIds.Payment;

        /// <summary>Use <see cref="MetricIds.PerimeterLength"/>.</summary>
        public static MetricId PerimeterLength => MetricIds.PerimeterLength;

        /// <summary>Use <see cref="MetricIds.PersonsTransferred"/>.</summary>
        public static MetricId PersonsTransferred => MetricIds.PersonsTransferred;

        /// <summary>Use <see cref="MetricIds.Population"/>.</summary>
        public static MetricId Population => MetricIds.Population;

        /// <summary>Use <see cref="MetricIds.PretrialShare"/>.</summary>
        public static MetricId PretrialShare => MetricIds.PretrialShare;

        /// <summary>Use <see cref="MetricIds.PrisonEstablishments"/>.</summary>
        public static MetricId PrisonEstablishments => MetricIds.PrisonEstablishments;

        /// <summary>Use <see cref="MetricIds.PrisonPopulationRate"/>.</summary>
        public static MetricId PrisonPopulationRate => MetricIds.PrisonPopulationRate;

        /// <summary>Use <see cref="MetricIds.PrisonPopulationTotal"/>.</summary>
        public static MetricId PrisonPopulationTotal => MetricIds.PrisonPopulationTotal;

        /// <summary>Use <see cref="MetricIds.PrisonStatisticsPublication"/>.</summary>
        public static MetricId PrisonStatisticsPublication => MetricIds.PrisonStatisticsPublication;

        /// <summary>Use <see cref="MetricIds.PrisonersHeldUnderPolicy"/>.</summary>
        public static MetricId PrisonersHeldUnderPolicy => MetricIds.PrisonersHeldUnderPolicy;

        /// <summary>Use <see cref="MetricIds.ReleasedTotal"/>.</summary>
        public static MetricId ReleasedTotal => MetricIds.ReleasedTotal;

        /// <summary>Use <see cref="MetricIds.ReportedPopulation"/>.</summary>
        public static MetricId ReportedPopulation => MetricIds.ReportedPopulation;

        /// <summary>Use <see cref="MetricIds.SecurityLevel"/>.</summary>
        public static MetricId SecurityLevel => MetricIds.SecurityLevel;

        /// <summary>Use <see cref="MetricIds.SignalJammingRadius"/>.</summary>
        public static MetricId SignalJammingRadius => MetricIds.SignalJammingRadius;

        /// <summary>Use <see cref="MetricIds.SiteArea"/>.</summary>
        public static MetricId SiteArea => MetricIds.SiteArea;

        /// <summary>Use <see cref="MetricIds.Staff"/>.</summary>
        public static MetricId Staff => MetricIds.Staff;

        /// <summary>Use <see cref="MetricIds.Status"/>.</summary>
        public static MetricId Status => MetricIds.Status;

        /// <summary>Use <see cref="MetricIds.UntriedSeparation"/>.</summary>
        public static MetricId UntriedSeparation => MetricIds.UntriedSeparation;

        /// <summary>Use <see cref="MetricIds.WallHeight"/>.</summary>
        public static MetricId WallHeight => MetricIds.WallHeight;

        /// <summary>Use <see cref="MetricIds.Watchtowers"/>.</summary>
        public static MetricId Watchtowers => MetricIds.Watchtowers;

        /// <summary>Use <see cref="MetricIds.WorkProgrammes"/>.</summary>
        public static MetricId WorkProgrammes => MetricIds.WorkProgrammes;
    }
}
