using System.Globalization;
using CreditBot.Domain;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>
/// Figures as the reader reads them: money with the currency's symbol, dates, days, percentages, in the turn's
/// culture (fr-FR <c>12 345,67 €</c>, en-US <c>€12,345.67</c>). Cards get these strings as data; templates
/// never format.
/// </summary>
public static class Figures
{
    public static string Money(Money money, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        var (symbol, decimals) = Symbol(money.Currency);
        format.CurrencySymbol = symbol;
        format.CurrencyDecimalDigits = decimals;
        if (symbol.Length > 1 && format.CurrencyPositivePattern == 0)
        {
            // "$n" reads badly with a code ("CHF1,200.00"): put a space between them.
            format.CurrencyPositivePattern = 2;
            format.CurrencyNegativePattern = 9;
        }

        return KeepTogether(money.Amount.ToString("C", format));
    }

    /// <summary>
    /// Day, abbreviated month name and year: "4 déc. 2026", "4 Dec 2026". A numeric date reads differently on either
    /// side of the Atlantic (12/4/2026 is 12 April in France), so a card never shows one.
    /// </summary>
    public static string Date(DateOnly date, CultureInfo culture) => KeepTogether(date.ToString("d MMM yyyy", culture));

    /// <summary>A month and its year: "novembre 2026", "November 2026".</summary>
    public static string Month(int year, int month, CultureInfo culture) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", culture);

    /// <summary>A number with up to <paramref name="decimals"/> decimals, none when they are zero: 45, 45,3.</summary>
    public static string Number(decimal value, CultureInfo culture, int decimals = 1)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString(rounded == decimal.Truncate(rounded) ? "N0" : $"N{decimals}", culture);
    }

    /// <summary>Whole days: "1 jour", "12 jours"; "1 day", "12 days".</summary>
    public static string Days(int days, CultureInfo culture) => Days((decimal)days, culture, 0);

    /// <summary>Days with up to <paramref name="decimals"/> decimals, as DSO figures read: "45,3 jours".</summary>
    public static string Days(decimal days, CultureInfo culture, int decimals = 1)
    {
        var rounded = Math.Round(days, decimals, MidpointRounding.AwayFromZero);
        return Plural("days", rounded, Number(rounded, culture, decimals), culture);
    }

    /// <summary>Hours with up to <paramref name="decimals"/> decimals: "1,5 heure", "24 heures"; "1.5 hours".</summary>
    public static string Hours(decimal hours, CultureInfo culture, int decimals = 1)
    {
        var rounded = Math.Round(hours, decimals, MidpointRounding.AwayFromZero);
        return Plural("hours", rounded, Number(rounded, culture, decimals), culture);
    }

    /// <summary>A count of items: "1 facture", "3 factures".</summary>
    public static string Items(int count, CultureInfo culture) =>
        Plural("items", count, count.ToString("N0", culture), culture);

    /// <summary>A percentage given in percent (12.5 → "12,5 %" / "12.5%").</summary>
    public static string Percent(decimal percent, CultureInfo culture, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var rounded = Math.Round(percent, decimals, MidpointRounding.AwayFromZero);
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.PercentDecimalDigits = rounded == decimal.Truncate(rounded) ? 0 : decimals;
        return KeepTogether((rounded / 100m).ToString("P", format));
    }

    /// <summary>The <c>.one</c> or <c>.other</c> form of <paramref name="key"/> for <paramref name="count"/>.</summary>
    public static string Plural(string key, decimal count, string formattedCount, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);

        // French uses the singular below 2 (0 jour, 1,5 jour); English only for exactly one.
        var singular = culture.TwoLetterISOLanguageName == "fr" ? Math.Abs(count) < 2m : count == 1m;
        return T.Format(singular ? $"{key}.one" : $"{key}.other", culture, formattedCount);
    }

    // .NET's patterns put a plain space between number and symbol ("12 345,67 €", "12,5 %"): a narrow card could
    // break the line there, so it becomes a no-break space.
    private static string KeepTogether(string text) => text.Replace(' ', '\u00A0');

    private static (string Symbol, int Decimals) Symbol(Currency currency) => currency.Code switch
    {
        "EUR" => ("€", 2),
        "USD" => ("$", 2),
        "GBP" => ("£", 2),
        "JPY" => ("¥", 0),
        _ => (currency.Code, 2),
    };
}
