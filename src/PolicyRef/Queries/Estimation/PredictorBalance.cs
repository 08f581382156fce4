namespace PolicyRef.Queries.Estimation
{
    /// <summary>One row of a predictor balance table: the treated unit, its synthetic control and the plain mean of the donors.</summary>
    public sealed class PredictorBalance
    {
        internal PredictorBalance(string predictor, double treated, double synthetic, double donorMean)
        {
            Predictor = predictor;
            Treated = treated;
            Synthetic = synthetic;
            DonorMean = donorMean;
        }

        /// <summary>The predictor's name.</summary>
        public string Predictor { get; }

        /// <summary>The treated unit's value.</summary>
        public double Treated { get; }

        /// <summary>The donor-weighted value.</summary>
        public double Synthetic { get; }

        /// <summary>The unweighted mean over all donors.</summary>
        public double DonorMean { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Predictor}: treated {Treated:0.###}, synthetic {Synthetic:0.###}, donor mean {DonorMean:0.###}";
    }
}
