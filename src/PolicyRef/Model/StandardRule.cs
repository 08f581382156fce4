using System;

namespace PolicyRef.Model
{
    /// <summary>One rule of an international standard, with its number in the stored edition and how it is checked.</summary>
    public sealed class StandardRule
    {
        /// <summary>Creates a rule.</summary>
        /// <param name="id">Its id within the standard.</param>
        /// <param name="number">Its number in the edition, such as <c>44</c> or <c>43(1)(c)</c>.</param>
        /// <param name="summary">What it requires, paraphrased.</param>
        /// <param name="check">How it is evaluated.</param>
        /// <param name="singleCellThreshold">For living space: square metres for one person alone.</param>
        /// <param name="sharedCellThreshold">For living space: square metres per person in a shared cell.</param>
        /// <param name="sourceId">The source where its content was read.</param>
        public StandardRule(string id, string number, string summary, RuleCheck check, decimal? singleCellThreshold, decimal? sharedCellThreshold, string sourceId)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Number = number ?? throw new ArgumentNullException(nameof(number));
            Summary = summary ?? throw new ArgumentNullException(nameof(summary));
            Check = check;
            SingleCellThreshold = singleCellThreshold;
            SharedCellThreshold = sharedCellThreshold;
            SourceId = sourceId ?? throw new ArgumentNullException(nameof(sourceId));
        }

        /// <summary>Its id within the standard.</summary>
        public string Id { get; }

        /// <summary>Its number in the stored edition.</summary>
        public string Number { get; }

        /// <summary>What it requires, paraphrased.</summary>
        public string Summary { get; }

        /// <summary>How it is evaluated.</summary>
        public RuleCheck Check { get; }

        /// <summary>For living space: square metres for one person alone; null otherwise.</summary>
        public decimal? SingleCellThreshold { get; }

        /// <summary>For living space: square metres per person in a shared cell; null otherwise.</summary>
        public decimal? SharedCellThreshold { get; }

        /// <summary>The source where its content was read.</summary>
        public string SourceId { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Number}: {Summary}";
    }
}
