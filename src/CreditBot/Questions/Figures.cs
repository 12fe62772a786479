using System.Globalization;
using System.Text.RegularExpressions;
using CreditBot.Domain.Clients;

namespace CreditBot.Questions;

/// <summary>
/// Reads amounts, percentages and payment terms from folded text. Each reader returns the value and
/// the folded span it used, so the parser can keep those words out of the client query.
/// </summary>
internal static partial class Figures
{
    private const decimal LargestAmount = 1_000_000_000_000m;

    /// <summary>
    /// The first amount: "50 k€", "50k", "50 000 €", "1,5 M€", "€50,000", "12 345,67", "2 millions".
    /// A single dot or comma followed by exactly three digits groups thousands ("50,000", "1.500");
    /// otherwise it is the decimal separator ("1,5", "12.50"); with both, the last one is the decimal.
    /// </summary>
    public static (decimal Amount, int Start, int End)? FindAmount(string folded)
    {
        foreach (Match match in AmountPattern().Matches(folded))
        {
            if (ReadNumber(match.Groups["number"].Value, match.Groups["multiplier"].Success) is not { } number)
            {
                continue;
            }

            var amount = match.Groups["multiplier"].Value switch
            {
                "k" or "mille" => number * 1_000m,
                "m" or "mio" or "mn" or "million" or "millions" => number * 1_000_000m,
                "md" or "mds" or "milliard" or "milliards" or "bn" or "billion" or "billions" => number * 1_000_000_000m,
                _ => number,
            };

            if (amount > 0m && amount <= LargestAmount)
            {
                return (amount, match.Index, match.Index + match.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// A margin rate as a fraction: "10 %", "10%", "12,5 %", "10 pour cent", "10 percent"; or, right beside
    /// "marge"/"margin", a bare number: below 1 it is already a fraction ("marge de 0,1"), from 1 to 100
    /// a percentage ("margin of 10").
    /// </summary>
    public static (decimal Rate, int Start, int End)? FindMarginRate(string folded)
    {
        if (PercentPattern().Match(folded) is { Success: true } percent
            && ReadNumber(percent.Groups["number"].Value, hasMultiplier: true) is { } value)
        {
            return (value / 100m, percent.Index, percent.Index + percent.Length);
        }

        var bare = MarginBeforePattern().Match(folded);
        if (!bare.Success)
        {
            bare = MarginAfterPattern().Match(folded);
        }

        if (bare.Success && ReadNumber(bare.Groups["number"].Value, hasMultiplier: true) is { } number)
        {
            var group = bare.Groups["number"];
            return (number < 1m ? number : number / 100m, group.Index, group.Index + group.Length);
        }

        return null;
    }

    /// <summary>
    /// Payment terms: "60 jours", "60j", "30 days net", "net 30", "45 jours fin de mois", "45 days end of month",
    /// "fin de mois + 10", "à réception" and "comptant" (0 days net), "prépaiement"/"in advance" (prepayment).
    /// </summary>
    public static (PaymentTerms Terms, int Start, int End)? FindTerms(string folded)
    {
        if (DaysThenEndOfMonthPattern().Match(folded) is { Success: true } daysThenEnd && Days(daysThenEnd) is { } days1)
        {
            return (new PaymentTerms(days1, PaymentTermsBasis.DaysThenEndOfMonth), daysThenEnd.Index, daysThenEnd.Index + daysThenEnd.Length);
        }

        if (EndOfMonthThenDaysPattern().Match(folded) is { Success: true } endThenDays && Days(endThenDays) is { } days2)
        {
            return (new PaymentTerms(days2, PaymentTermsBasis.EndOfMonthThenDays), endThenDays.Index, endThenDays.Index + endThenDays.Length);
        }

        if (NetDaysPattern().Match(folded) is { Success: true } net && Days(net) is { } days3)
        {
            return (new PaymentTerms(days3), net.Index, net.Index + net.Length);
        }

        if (PrepaymentPattern().Match(folded) is { Success: true } prepayment)
        {
            return (new PaymentTerms(0, PaymentTermsBasis.Prepayment), prepayment.Index, prepayment.Index + prepayment.Length);
        }

        if (OnReceiptPattern().Match(folded) is { Success: true } onReceipt)
        {
            return (new PaymentTerms(0), onReceipt.Index, onReceipt.Index + onReceipt.Length);
        }

        if (EndOfMonthPattern().Match(folded) is { Success: true } endOfMonth)
        {
            return (new PaymentTerms(0, PaymentTermsBasis.EndOfMonthThenDays), endOfMonth.Index, endOfMonth.Index + endOfMonth.Length);
        }

        return null;
    }

    /// <summary>Reads "12 345,67", "50,000", "1.5" with the separator rules of <see cref="FindAmount"/>.</summary>
    internal static decimal? ReadNumber(string text, bool hasMultiplier)
    {
        var digits = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        var lastDot = digits.LastIndexOf('.');
        var lastComma = digits.LastIndexOf(',');
        var decimalAt = -1;
        if (lastDot >= 0 && lastComma >= 0)
        {
            decimalAt = Math.Max(lastDot, lastComma);
        }
        else if (lastDot >= 0 || lastComma >= 0)
        {
            var separator = lastDot >= 0 ? '.' : ',';
            var at = Math.Max(lastDot, lastComma);
            var single = digits.IndexOf(separator, StringComparison.Ordinal) == at;
            var groupsThousands = single && digits.Length - at - 1 == 3 && !hasMultiplier;
            if (single && !groupsThousands)
            {
                decimalAt = at;
            }
        }

        var integerPart = (decimalAt >= 0 ? digits[..decimalAt] : digits).Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        var fraction = decimalAt >= 0 ? digits[(decimalAt + 1)..] : string.Empty;
        if (integerPart.Length is 0 or > 15 || fraction.Length > 6 || !integerPart.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return null;
        }

        var invariant = fraction.Length > 0 ? $"{integerPart}.{fraction}" : integerPart;
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    // Any number of days up to 999 reads as terms: "à 400 jours" is terms beyond the legal cap, which the answer says,
    // not part of a client's name.
    private static int? Days(Match match) =>
        int.TryParse(match.Groups["days"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : null;

    [GeneratedRegex(@"(?<![\w.,/-])(?:(?:€|\$|£|eur|euros?|usd)\s?)?(?<number>\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d{1,2})?|\d{1,15}(?:[.,]\d{1,6})?)(?:\s?(?<multiplier>k|mille|mio|mn|millions?|m|mds|md|milliards?|bn|billions?)(?=\s?(?:€|\$|£|eur|usd)|(?![a-z])))?(?:\s?(?:€|\$|£|eur(?:os?)?|usd|e)(?![a-z]))?(?![\w/-])", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(?<![\w.,])(?<number>\d{1,3}(?:[.,]\d{1,4})?)\s?(?:%|pour\s?cents?|percent|pct)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"(?:marge|margin)(?:\s+(?:nette|brute|net|gross|rate))?\s*(?:(?:de|of|a|at|is|est|=|:|d\s+environ)\s*)?(?<number>\d{1,3}(?:[.,]\d{1,4})?)(?![\w%])", RegexOptions.CultureInvariant)]
    private static partial Regex MarginBeforePattern();

    [GeneratedRegex(@"(?<![\w.,])(?<number>\d{1,3}(?:[.,]\d{1,4})?)\s+(?:de\s+|d\s+|of\s+)?(?:marge|margin)", RegexOptions.CultureInvariant)]
    private static partial Regex MarginAfterPattern();

    [GeneratedRegex(@"(?<![\w.,])(?<days>\d{1,3})\s?(?:jours?|jrs?|j|days?)\s*(?:nets?\s+)?(?:le\s+|,\s*)?(?:fin\s+de\s+mois|fin\s+du\s+mois|fdm|fm|end\s+of\s+(?:the\s+)?month|end-of-month|eom)(?:\s+le\s+\d{1,2}(?!\d))?(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex DaysThenEndOfMonthPattern();

    [GeneratedRegex(@"(?:fin\s+de\s+mois|fin\s+du\s+mois|fdm|end\s+of\s+(?:the\s+)?month|end-of-month|eom)\s*(?:\+|plus|puis|then|and)\s*(?<days>\d{1,3})(?:\s?(?:jours?|j|days?)(?![a-z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex EndOfMonthThenDaysPattern();

    [GeneratedRegex(@"(?<![\w.,])(?<days>\d{1,3})\s?(?:jours?|jrs?|j|days?)(?:\s+nets?)?(?![a-z])|(?<![a-z])net\s?(?<days>\d{1,3})(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex NetDaysPattern();

    [GeneratedRegex(@"(?<![a-z])(?:(?:a|upon|on|at|payable\s+a|paiement\s+a|payment\s+on)\s+)?(?:reception(?:\s+de\s+(?:la\s+)?facture)?|receipt(?:\s+of\s+invoice)?|livraison|delivery)(?![a-z])|(?<![a-z])(?:comptant|cash)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex OnReceiptPattern();

    [GeneratedRegex(@"(?<![a-z])(?:prepaiement|prepayment|prepaid|paiement\s+a\s+la\s+commande|paiement\s+anticipe|payment\s+in\s+advance|cash\s+in\s+advance|d\s+avance|a\s+l\s+avance|in\s+advance|pro\s?forma)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PrepaymentPattern();

    [GeneratedRegex(@"(?<![a-z])(?:fin\s+de\s+mois|fin\s+du\s+mois|end\s+of\s+(?:the\s+)?month|eom|fdm)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex EndOfMonthPattern();
}
