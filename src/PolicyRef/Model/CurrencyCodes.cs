using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace PolicyRef.Model
{
    /// <summary>
    /// The currency codes a money figure may carry: the alphabetic codes of ISO 4217 list one ("current currency &amp; funds"),
    /// as published by SIX Financial Information, the standard's maintenance agency, in the edition of 2024-06-25
    /// (https://www.six-group.com/dam/download/financial-information/data-center/iso-currrency/lists/list-one.xml), less what
    /// is not a currency a country pays in: the funds (BOV, CLF, COU, MXV, CHE, CHW, USN, UYI), the precious metals (XAU, XAG,
    /// XPD, XPT), the bond-market units (XBA–XBD), the IMF's SDR (XDR), the ADB unit of account (XUA), the SUCRE (XSU), the
    /// testing code (XTS) and "no currency" (XXX).
    /// </summary>
    /// <remarks>A code retired from list one (such as VEF or HRK) is refused: a figure in it needs the current code and a note.</remarks>
    internal static class CurrencyCodes
    {
        /// <summary>The edition of list one the table was taken from.</summary>
        public const string Edition = "ISO 4217 list one of 2024-06-25";

        private static readonly ImmutableHashSet<string> Active = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
            "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC",
            "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL",
            "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK",
            "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD",
            "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN",
            "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON",
            "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC",
            "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UYW",
            "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG");

        /// <summary>Every accepted code, in ordinal order (the data schema's enumeration is checked against it).</summary>
        public static ImmutableArray<string> All { get; } = Active.OrderBy(c => c, StringComparer.Ordinal).ToImmutableArray();

        /// <summary>Whether <paramref name="code"/> is, as a whole, the code of an active currency.</summary>
        public static bool IsActive([NotNullWhen(true)] string? code) => code is not null && Active.Contains(code);
    }
}
