using System.Collections.Frozen;

namespace CreditBot.Ledger;

/// <summary>
/// The ISO 4217 alphabetic codes an import accepts: the active list (2024, with the fund and precious-metal
/// codes) plus a few recently withdrawn ones older ledgers still carry (HRK, SLL, ANG, CUC, ZWL).
/// <c>XTS</c> (testing) and <c>XXX</c> (no currency) are not accepted: an amount needs a currency.
/// </summary>
public static class CurrencyCodes
{
    private static readonly FrozenSet<string> Known = new[]
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
        "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
        "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
        "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF",
        "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD",
        "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU",
        "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
        "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
        "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY",
        "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST",
        "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XUA",
        "YER", "ZAR", "ZMW", "ZWG", "ZWL",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a known ISO 4217 code, in any case (<c>usd</c> is USD).</summary>
    public static bool IsKnown(string? code) => code is { Length: 3 } && Known.Contains(code);

    /// <summary>The reason given when <paramref name="code"/> is refused.</summary>
    public static string Refusal(string code) => $"'{code}' is not an ISO 4217 currency code (e.g. EUR, USD, GBP, CHF)";
}
