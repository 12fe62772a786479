using System.Globalization;
using CreditBot.Domain.LatePayment;
using Microsoft.Extensions.Options;

namespace CreditBot.LatePayment;

/// <summary>Stops the start on a rate setting that cannot be right, naming the key.</summary>
public sealed class LatePaymentOptionsValidator : IValidateOptions<LatePaymentOptions>
{
    // A policy rate outside this band has never existed in the euro area: it is a typo (a fraction or a basis-point figure).
    private const decimal LowestPercent = -5m;
    private const decimal HighestPercent = 25m;

    public ValidateOptionsResult Validate(string? name, LatePaymentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var seen = new HashSet<HalfYear>();
        for (var i = 0; i < options.Rates.Count; i++)
        {
            var entry = options.Rates[i];
            var key = $"LatePayment:Rates:{i}";
            if (TryParseHalfYear(entry.HalfYear, out var halfYear) is false)
            {
                failures.Add($"{key}:HalfYear: '{entry.HalfYear}' is not a half-year like 2026-H2.");
                continue;
            }

            if (!seen.Add(halfYear))
            {
                failures.Add($"{key}:HalfYear: {entry.HalfYear} is given twice.");
            }

            if (entry.EcbRatePercent is null && entry.LegalRateProfessionalPercent is null && entry.LegalRateIndividualPercent is null)
            {
                failures.Add($"{key}: no rate given for {entry.HalfYear}.");
            }

            Check(failures, $"{key}:EcbRatePercent", entry.EcbRatePercent);
            Check(failures, $"{key}:LegalRateProfessionalPercent", entry.LegalRateProfessionalPercent);
            Check(failures, $"{key}:LegalRateIndividualPercent", entry.LegalRateIndividualPercent);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool TryParseHalfYear(string? text, out HalfYear halfYear)
    {
        halfYear = default;
        var parts = (text ?? string.Empty).Trim().ToUpperInvariant().Split('-');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1999 and <= 2200
            && parts[1] is "H1" or "H2")
        {
            halfYear = new HalfYear(year, parts[1] == "H1" ? 1 : 2);
            return true;
        }

        return false;
    }

    private static void Check(List<string> failures, string key, decimal? percent)
    {
        if (percent is { } value && (value < LowestPercent || value > HighestPercent))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{key}: {value} is not a rate in percent between {LowestPercent} and {HighestPercent}."));
        }
    }
}
