namespace PolicyRef.Queries.Estimation
{
    /// <summary>A predictor's V weight: its importance in the distance the donor weights minimise.</summary>
    public sealed class PredictorWeight
    {
        internal PredictorWeight(string predictor, double weight)
        {
            Predictor = predictor;
            Weight = weight;
        }

        /// <summary>The predictor's name.</summary>
        public string Predictor { get; }

        /// <summary>Its weight, between 0 and 1; the weights of all predictors sum to 1. They apply to predictors scaled by their standard deviation across units.</summary>
        public double Weight { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Predictor} {Weight:0.000}";
    }
}
