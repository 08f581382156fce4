namespace PolicyRef.Queries.Estimation
{
    /// <summary>One period of an event study: the treated unit, its weighted controls and the gap against the weighted pre-period baseline.</summary>
    public sealed class PanelPeriod
    {
        internal PanelPeriod(int time, bool isPost, double treated, double control, double gap)
        {
            Time = time;
            IsPost = isPost;
            Treated = treated;
            Control = control;
            Gap = gap;
        }

        /// <summary>The period.</summary>
        public int Time { get; }

        /// <summary>Whether the period is at or after the start.</summary>
        public bool IsPost { get; }

        /// <summary>The treated unit's outcome (the mean when several are treated).</summary>
        public double Treated { get; }

        /// <summary>The weighted mean of the control units.</summary>
        public double Control { get; }

        /// <summary>Treated minus control, minus the same difference averaged over the pre-period with the time weights; the estimate is the mean of the post-period gaps.</summary>
        public double Gap { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Time}{(IsPost ? " post" : " pre")}: gap {Gap:0.###}";
    }
}
