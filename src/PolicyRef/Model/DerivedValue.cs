using System;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyRef.Model
{
    /// <summary>A value computed by PolicyRef from claims (occupancy, space per person, a rate), carrying the claims it came from.</summary>
    public sealed class DerivedValue
    {
        internal DerivedValue(decimal value, Unit unit, string formula, ImmutableArray<Claim> inputs)
        {
            Value = value;
            Unit = unit;
            Formula = formula;
            Inputs = inputs;
        }

        /// <summary>The value, rounded to four decimals.</summary>
        public decimal Value { get; }

        /// <summary>Its unit.</summary>
        public Unit Unit { get; }

        /// <summary>How it was computed, in words.</summary>
        public string Formula { get; }

        /// <summary>The claims it was computed from, each with its source and period.</summary>
        public ImmutableArray<Claim> Inputs { get; }

        /// <summary>Always true: a derived value is never a measurement.</summary>
        public bool IsDerived => true;

        /// <inheritdoc />
        public override string ToString() => $"{Value} {Unit} (derived: {Formula}; from {string.Join(", ", Inputs.Select(c => $"{c.Metric} {c.Period} [{c.SourceId}]"))})";
    }
}
