namespace PolicyRef.Queries.Estimation
{
    /// <summary>A control unit's weight in an estimate.</summary>
    public sealed class UnitWeight
    {
        internal UnitWeight(string unit, double weight)
        {
            Unit = unit;
            Weight = weight;
        }

        /// <summary>The control unit.</summary>
        public string Unit { get; }

        /// <summary>Its weight, between 0 and 1; the weights of all controls sum to 1.</summary>
        public double Weight { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Unit} {Weight:0.000}";
    }
}
