using System;
using System.Collections.Immutable;
using System.Linq;

namespace PolicyRef.Model
{
    /// <summary>What a metric measures, in which unit, and how to compare its values.</summary>
    public sealed class MetricDefinition
    {
        /// <summary>Creates a metric definition.</summary>
        /// <param name="id">The stable id.</param>
        /// <param name="name">A short human name.</param>
        /// <param name="appliesTo">The kinds of entity it applies to.</param>
        /// <param name="unit">Its unit (<see cref="Unit.AnyMoney"/> for money metrics).</param>
        /// <param name="temporality">Fixed or varying over time.</param>
        /// <param name="definition">What it measures.</param>
        /// <param name="comparability">Why values from different publishers may not compare, if anything.</param>
        /// <param name="minimum">The smallest plausible value, for numeric metrics.</param>
        /// <param name="maximum">The largest plausible value, for numeric metrics.</param>
        /// <param name="tolerance">The relative difference below which two values are taken to agree.</param>
        /// <param name="categories">The allowed values of a categorical metric.</param>
        public MetricDefinition(MetricId id, string name, SubjectKindFlags appliesTo, Unit unit, MetricTemporality temporality, string definition, string? comparability, decimal? minimum, decimal? maximum, decimal tolerance, ImmutableArray<MetricCategory> categories)
            : this(id, name, appliesTo, unit, temporality, definition, comparability, minimum, maximum, tolerance, categories, MetricMeasure.Stock, null, ImmutableArray<MetricVariant>.Empty, null)
        {
        }

        /// <summary>Creates a metric definition with the source of its standard definition and its named variants.</summary>
        /// <param name="id">The stable id.</param>
        /// <param name="name">A short human name.</param>
        /// <param name="appliesTo">The kinds of entity it applies to.</param>
        /// <param name="unit">Its unit (<see cref="Unit.AnyMoney"/> for money metrics).</param>
        /// <param name="temporality">Fixed or varying over time.</param>
        /// <param name="definition">What it measures: the standard definition.</param>
        /// <param name="comparability">Why values from different publishers may not compare, if anything.</param>
        /// <param name="minimum">The smallest plausible value, for numeric metrics.</param>
        /// <param name="maximum">The largest plausible value, for numeric metrics.</param>
        /// <param name="tolerance">The relative difference below which two values are taken to agree.</param>
        /// <param name="categories">The allowed values of a categorical metric.</param>
        /// <param name="measure">A level at a date or an amount over a period (varying metrics).</param>
        /// <param name="definitionSourceId">The source of the standard definition, if one is cited.</param>
        /// <param name="variants">Named definitions other than the standard one.</param>
        /// <param name="decimals">How many decimals text shows of its values; null to show them as given.</param>
        public MetricDefinition(MetricId id, string name, SubjectKindFlags appliesTo, Unit unit, MetricTemporality temporality, string definition, string? comparability, decimal? minimum, decimal? maximum, decimal tolerance, ImmutableArray<MetricCategory> categories, MetricMeasure measure, string? definitionSourceId, ImmutableArray<MetricVariant> variants, int? decimals)
        {
            if (decimals is < 0 or > 6)
            {
                throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "From 0 to 6 decimals.");
            }

            Decimals = decimals;
            Id = id;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            AppliesTo = appliesTo;
            Unit = unit ?? throw new ArgumentNullException(nameof(unit));
            Temporality = temporality;
            Definition = definition ?? throw new ArgumentNullException(nameof(definition));
            Comparability = comparability;
            Minimum = minimum;
            Maximum = maximum;
            Tolerance = tolerance;
            Categories = categories.IsDefault ? ImmutableArray<MetricCategory>.Empty : categories;
            Measure = measure;
            DefinitionSourceId = definitionSourceId;
            Variants = variants.IsDefault ? ImmutableArray<MetricVariant>.Empty : variants;
        }

        /// <summary>The stable id.</summary>
        public MetricId Id { get; }

        /// <summary>A short human name.</summary>
        public string Name { get; }

        /// <summary>The kinds of entity it applies to.</summary>
        public SubjectKindFlags AppliesTo { get; }

        /// <summary>Its unit; <see cref="Unit.AnyMoney"/> for money metrics, whose claims name a currency.</summary>
        public Unit Unit { get; }

        /// <summary>Whether claims of different periods describe the same thing.</summary>
        public MetricTemporality Temporality { get; }

        /// <summary>What it measures.</summary>
        public string Definition { get; }

        /// <summary>Why values from different publishers may not compare, if anything.</summary>
        public string? Comparability { get; }

        /// <summary>The smallest plausible value, for numeric metrics.</summary>
        public decimal? Minimum { get; }

        /// <summary>The largest plausible value, for numeric metrics.</summary>
        public decimal? Maximum { get; }

        /// <summary>The relative difference (of the larger value) below which two values are taken to agree; 0 means exact.</summary>
        public decimal Tolerance { get; }

        /// <summary>
        /// How many decimals text shows of this metric's values (the precision its publishers use, declared in
        /// <c>data/metrics</c>); null to show values as given. Machine formats always keep every digit.
        /// </summary>
        public int? Decimals { get; }

        /// <summary>The allowed values of a categorical metric; empty otherwise.</summary>
        public ImmutableArray<MetricCategory> Categories { get; }

        /// <summary>A level at a date or an amount over a period; only meaningful for varying metrics.</summary>
        public MetricMeasure Measure { get; }

        /// <summary>The source of the standard definition (<see cref="Definition"/>), if one is cited.</summary>
        public string? DefinitionSourceId { get; }

        /// <summary>Named definitions other than the standard one; a claim names one in <see cref="Claim.Definition"/>.</summary>
        public ImmutableArray<MetricVariant> Variants { get; }

        /// <summary>The variant with this id, or null.</summary>
        /// <param name="variantId">The id.</param>
        /// <returns>The variant, or null when the metric has none of that id.</returns>
        public MetricVariant? FindVariant(string? variantId)
        {
            foreach (var variant in Variants)
            {
                if (string.Equals(variant.Id, variantId, StringComparison.Ordinal))
                {
                    return variant;
                }
            }

            return null;
        }

        /// <summary>Whether the metric applies to the given kind of entity.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>True when it applies.</returns>
        public bool AppliesToKind(SubjectKind kind) => (AppliesTo & ToFlag(kind)) != 0;

        /// <summary>Whether two values of this metric agree within its tolerance.</summary>
        /// <param name="a">One value.</param>
        /// <param name="b">The other.</param>
        /// <returns>True when equal, numbers within <see cref="Tolerance"/> of the larger magnitude, or dates whose periods overlap.</returns>
        public bool Agree(ClaimValue a, ClaimValue b)
        {
            if (a is null || b is null)
            {
                throw new ArgumentNullException(a is null ? nameof(a) : nameof(b));
            }

            if (a.Kind == ClaimValueKind.Date && b.Kind == ClaimValueKind.Date)
            {
                // "1935" and "1935-06" say the same thing at different precision.
                return a.Date.Overlaps(b.Date);
            }

            if (a.Kind != ClaimValueKind.Number || b.Kind != ClaimValueKind.Number)
            {
                return a.Equals(b);
            }

            var scale = Math.Max(Math.Abs(a.Number), Math.Abs(b.Number));
            return Math.Abs(a.Number - b.Number) <= Tolerance * scale;
        }

        /// <summary>Whether <paramref name="categoryId"/> is one of this metric's categories.</summary>
        /// <param name="categoryId">The id.</param>
        /// <returns>True when it is.</returns>
        public bool HasCategory(string categoryId) => Categories.Any(c => string.Equals(c.Id, categoryId, StringComparison.Ordinal));

        /// <inheritdoc />
        public override string ToString() => $"{Id} ({Unit})";

        internal static SubjectKindFlags ToFlag(SubjectKind kind) => kind switch
        {
            SubjectKind.Country => SubjectKindFlags.Country,
            SubjectKind.Facility => SubjectKindFlags.Facility,
            _ => SubjectKindFlags.Policy,
        };
    }
}
