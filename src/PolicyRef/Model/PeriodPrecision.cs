namespace PolicyRef.Model
{
    /// <summary>How a period was given.</summary>
    public enum PeriodPrecision
    {
        /// <summary>A calendar year, such as <c>2023</c>.</summary>
        Year,

        /// <summary>A calendar month, such as <c>2023-05</c>.</summary>
        Month,

        /// <summary>A single day, such as <c>2023-05-31</c>.</summary>
        Day,

        /// <summary>An inclusive span of days, such as <c>2022-03-27/2023-03-27</c>.</summary>
        Interval,
    }
}
