namespace PolicyRef.Queries
{
    /// <summary>Which end of a ranking comes first.</summary>
    public enum RankOrder
    {
        /// <summary>Largest value first (the default: "the highest prison population rates").</summary>
        Descending,

        /// <summary>Smallest value first.</summary>
        Ascending,
    }
}
