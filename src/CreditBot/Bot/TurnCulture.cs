using System.Globalization;
using CreditBot.BotFramework;

namespace CreditBot.Bot;

/// <summary>
/// The language of a turn: the language of the question's words when they make it clear (someone who types
/// "encours acme" in an English Teams reads French), then the person's saved preference, then the activity's
/// locale, then French. Only French and English exist; figures are formatted with the reader's full culture
/// (the locale's or the preference's when it is of the language chosen, so en-GB stays en-GB).
/// </summary>
public static class TurnCulture
{
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo For(Activity activity, string? savedPreference = null, string? wordsLanguage = null)
    {
        var locale = FromLocale(activity?.Locale);
        var saved = FromLocale(savedPreference);
        if (wordsLanguage is "fr" or "en")
        {
            return OfLanguage(saved, wordsLanguage) ?? OfLanguage(locale, wordsLanguage) ?? (wordsLanguage == "fr" ? French : English);
        }

        return saved ?? locale ?? French;
    }

    private static CultureInfo? OfLanguage(CultureInfo? culture, string language) =>
        culture?.TwoLetterISOLanguageName == language ? culture : null;

    public static CultureInfo? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(locale.Trim());
        }
        catch (CultureNotFoundException)
        {
            return null;
        }

        return culture.TwoLetterISOLanguageName switch
        {
            "fr" => culture.IsNeutralCulture ? French : culture,
            "en" => culture.IsNeutralCulture ? English : culture,
            _ => null,
        };
    }
}
