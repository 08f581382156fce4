namespace PolicyRef.Model
{
    /// <summary>Typed handles for the metrics of the shipped data set, so queries are checked by the compiler.</summary>
    public static class MetricIds
    {
        /// <summary>Arrests under the policy (<c>arrests-total</c>, count): People arrested or detained under the policy, cumulative over the period.</summary>
        public static MetricId ArrestsTotal { get; } = new MetricId("arrests-total");

        /// <summary>Bedding (<c>bedding</c>, category): What people sleep on.</summary>
        public static MetricId Bedding { get; } = new MetricId("bedding");

        /// <summary>Beds per cell (<c>beds-per-cell</c>, count): Sleeping places (bunks) in a standard cell.</summary>
        public static MetricId BedsPerCell { get; } = new MetricId("beds-per-cell");

        /// <summary>Built area (<c>built-area</c>, ha): Area occupied by the built complex within the site.</summary>
        public static MetricId BuiltArea { get; } = new MetricId("built-area");

        /// <summary>Cell area (<c>cell-area</c>, m2): Floor area of a standard cell.</summary>
        public static MetricId CellArea { get; } = new MetricId("cell-area");

        /// <summary>Hours confined to cell (<c>cell-confinement-hours</c>, h/day): Hours a day a person spends locked in the cell.</summary>
        public static MetricId CellConfinementHours { get; } = new MetricId("cell-confinement-hours");

        /// <summary>Cells (<c>cells</c>, count): Number of cells (whole facility unless the note says per module).</summary>
        public static MetricId Cells { get; } = new MetricId("cells");

        /// <summary>Closed (<c>closed</c>, date): Date the facility closed.</summary>
        public static MetricId Closed { get; } = new MetricId("closed");

        /// <summary>Construction cost (<c>construction-cost</c>, money): Reported cost of building the facility, in the currency of the source.</summary>
        public static MetricId ConstructionCost { get; } = new MetricId("construction-cost");

        /// <summary>Deaths in custody (<c>deaths-in-custody</c>, count): Deaths of people held in prison (all causes) over the period.</summary>
        public static MetricId DeathsInCustody { get; } = new MetricId("deaths-in-custody");

        /// <summary>Design capacity (<c>design-capacity</c>, count): Number of people the facility is built or announced to hold.</summary>
        public static MetricId DesignCapacity { get; } = new MetricId("design-capacity");

        /// <summary>Education programmes (<c>education-programmes</c>, category): Whether people held can attend schooling or vocational training.</summary>
        public static MetricId EducationProgrammes { get; } = new MetricId("education-programmes");

        /// <summary>Extensions (<c>extensions</c>, count): Number of times the policy was extended or renewed, cumulative to the end of the period.</summary>
        public static MetricId Extensions { get; } = new MetricId("extensions");

        /// <summary>Family visits (<c>family-visits</c>, category): Whether people held may receive family visits.</summary>
        public static MetricId FamilyVisits { get; } = new MetricId("family-visits");

        /// <summary>Female share (<c>female-share</c>, percent): Women and girls as a percentage of the prison population.</summary>
        public static MetricId FemaleShare { get; } = new MetricId("female-share");

        /// <summary>Electrified fence voltage (<c>fence-voltage</c>, V): Voltage of electrified perimeter fences.</summary>
        public static MetricId FenceVoltage { get; } = new MetricId("fence-voltage");

        /// <summary>Foreign share (<c>foreign-share</c>, percent): Foreign citizens as a percentage of the prison population.</summary>
        public static MetricId ForeignShare { get; } = new MetricId("foreign-share");

        /// <summary>Habeas corpus petitions (<c>habeas-corpus-petitions</c>, count): Habeas corpus petitions (recursos de exhibición personal) filed on behalf of people detained under the policy, cumulative over the period.</summary>
        public static MetricId HabeasCorpusPetitions { get; } = new MetricId("habeas-corpus-petitions");

        /// <summary>Intentional homicide rate (<c>homicide-rate</c>, per-100k): Victims of intentional homicide per 100,000 population in a calendar year.</summary>
        public static MetricId HomicideRate { get; } = new MetricId("homicide-rate");

        /// <summary>Intentional homicides, total (<c>homicides-total</c>, count): Victims of intentional homicide in a calendar year.</summary>
        public static MetricId HomicidesTotal { get; } = new MetricId("homicides-total");

        /// <summary>People per cell (<c>inmates-per-cell</c>, count): People held in a standard cell, as reported or as designed.</summary>
        public static MetricId InmatesPerCell { get; } = new MetricId("inmates-per-cell");

        /// <summary>Cell lighting (<c>lighting</c>, category): Whether artificial light in cells follows a day-night cycle.</summary>
        public static MetricId Lighting { get; } = new MetricId("lighting");

        /// <summary>Modules (<c>modules</c>, count): Number of housing modules, pavilions or cell blocks.</summary>
        public static MetricId Modules { get; } = new MetricId("modules");

        /// <summary>Occupancy level (<c>occupancy-level</c>, percent): Prison population as a percentage of official capacity; 157 means 57% above capacity.</summary>
        public static MetricId OccupancyLevel { get; } = new MetricId("occupancy-level");

        /// <summary>Official prison capacity (<c>official-capacity</c>, count): Places in the prison system according to the official capacity, usually at 31 December.</summary>
        public static MetricId OfficialCapacity { get; } = new MetricId("official-capacity");

        /// <summary>Opened (<c>opened</c>, date): Date the facility opened or received its first prisoners.</summary>
        public static MetricId Opened { get; } = new MetricId("opened");

        /// <summary>Outdoor access (<c>outdoor-exercise</c>, category): Access of people held to outdoor areas.</summary>
        public static MetricId OutdoorExercise { get; } = new MetricId("outdoor-exercise");

        /// <summary>Payment under the policy (<c>payment</c>, money): Money paid, agreed or announced between governments under the policy, in the currency of the source.</summary>
        public static MetricId Payment { get; } = new MetricId("payment");

        /// <summary>Perimeter length (<c>perimeter-length</c>, km): Length of the main perimeter wall or fence.</summary>
        public static MetricId PerimeterLength { get; } = new MetricId("perimeter-length");

        /// <summary>People transferred (<c>persons-transferred</c>, count): People transferred under the policy (for example between countries or to a facility) over the period.</summary>
        public static MetricId PersonsTransferred { get; } = new MetricId("persons-transferred");

        /// <summary>National population (<c>population</c>, count): Resident population of the country or jurisdiction.</summary>
        public static MetricId Population { get; } = new MetricId("population");

        /// <summary>Pre-trial and remand share (<c>pretrial-share</c>, percent): Pre-trial detainees and remand prisoners as a percentage of the prison population.</summary>
        public static MetricId PretrialShare { get; } = new MetricId("pretrial-share");

        /// <summary>Penal institutions (<c>prison-establishments</c>, count): Number of penal establishments or institutions.</summary>
        public static MetricId PrisonEstablishments { get; } = new MetricId("prison-establishments");

        /// <summary>Prison population rate (<c>prison-population-rate</c>, per-100k): Prison population per 100,000 of the national population.</summary>
        public static MetricId PrisonPopulationRate { get; } = new MetricId("prison-population-rate");

        /// <summary>Prison population, total (<c>prison-population-total</c>, count): People held in penal institutions, including pre-trial detainees and remand prisoners, at a reference date.</summary>
        public static MetricId PrisonPopulationTotal { get; } = new MetricId("prison-population-total");

        /// <summary>Publication of prison statistics (<c>prison-statistics-publication</c>, category): Whether the national prison administration publishes prison population figures.</summary>
        public static MetricId PrisonStatisticsPublication { get; } = new MetricId("prison-statistics-publication");

        /// <summary>People held under the policy (<c>prisoners-held-under-policy</c>, count): People held in prison or jail at a reference date whose detention or sentence falls under the policy, for example people held for offences under a drug law, people in mandatory pre-trial detention or people serving enhanced repeat-offender sentences.</summary>
        public static MetricId PrisonersHeldUnderPolicy { get; } = new MetricId("prisoners-held-under-policy");

        /// <summary>Releases (<c>released-total</c>, count): People released after detention under the policy, cumulative over the period.</summary>
        public static MetricId ReleasedTotal { get; } = new MetricId("released-total");

        /// <summary>Reported population (<c>reported-population</c>, count): Number of people held in the facility at a date, as reported.</summary>
        public static MetricId ReportedPopulation { get; } = new MetricId("reported-population");

        /// <summary>Security level (<c>security-level</c>, category): Highest security classification of the facility.</summary>
        public static MetricId SecurityLevel { get; } = new MetricId("security-level");

        /// <summary>Signal jamming radius (<c>signal-jamming-radius</c>, km): Radius around the facility in which mobile signals are blocked.</summary>
        public static MetricId SignalJammingRadius { get; } = new MetricId("signal-jamming-radius");

        /// <summary>Site area (<c>site-area</c>, ha): Area of the land plot on which the facility stands.</summary>
        public static MetricId SiteArea { get; } = new MetricId("site-area");

        /// <summary>Staff (<c>staff</c>, count): Guards, police, soldiers and other staff assigned to the facility; the note says who is counted.</summary>
        public static MetricId Staff { get; } = new MetricId("staff");

        /// <summary>Status (<c>status</c>, category): Operating status of the facility.</summary>
        public static MetricId Status { get; } = new MetricId("status");

        /// <summary>Separation of untried people (<c>untried-separation</c>, category): Whether people awaiting trial are held apart from convicted people.</summary>
        public static MetricId UntriedSeparation { get; } = new MetricId("untried-separation");

        /// <summary>Perimeter wall height (<c>wall-height</c>, m): Height of the main perimeter wall.</summary>
        public static MetricId WallHeight { get; } = new MetricId("wall-height");

        /// <summary>Watchtowers (<c>watchtowers</c>, count): Number of guard or watch towers on the perimeter.</summary>
        public static MetricId Watchtowers { get; } = new MetricId("watchtowers");

        /// <summary>Work programmes (<c>work-programmes</c>, category): Whether people held can work inside the facility.</summary>
        public static MetricId WorkProgrammes { get; } = new MetricId("work-programmes");
    }
}
