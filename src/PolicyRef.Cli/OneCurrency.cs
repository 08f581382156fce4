using System;
using System.Collections.Generic;
using System.Linq;
using PolicyRef.Model;

namespace PolicyRef.Cli
{
    /// <summary>
    /// Money is compared only within one currency: a ranking or a chart whose figures are in several currencies would
    /// order or scale USD 16 bn against NOK 1 bn as raw numbers, so it is refused with the figures grouped by currency.
    /// </summary>
    internal static class OneCurrency
    {
        /// <summary>Throws <see cref="ArgumentException"/> (exit 2) when the figures of a money metric are in more than one currency.</summary>
        public static void Require(MetricDefinition metric, IEnumerable<(IClaimSubject Subject, Claim Claim)> figures, string what)
        {
            if (metric.Unit.Kind != UnitKind.Money)
            {
                return;
            }

            var byCurrency = figures
                .GroupBy(f => f.Claim.Unit.Currency ?? f.Claim.Unit.Symbol, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (byCurrency.Count > 1)
            {
                var groups = byCurrency.Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => f.Subject.Id).Distinct(StringComparer.Ordinal))}");
                throw new ArgumentException(
                    $"The figures of {metric.Id} are in {byCurrency.Count} currencies ({string.Join("; ", groups)}); money is compared only within one currency, " +
                    $"and PolicyRef has no dated exchange rates to convert it. {what} the subjects of one currency (see them side by side with policyref compare or show).");
            }
        }
    }
}
