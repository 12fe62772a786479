using System.Globalization;
using CreditBot.BotFramework;

namespace CreditBot.Bot;

/// <summary>
/// The language of a turn: the activity's locale, then the user's saved preference, then French.
/// Only French and English exist; figures are formatted with the reader's full culture.
/// </summary>
public static class TurnCulture
{
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo For(Activity activity, string? savedPreference = null) =>
        FromLocale(activity?.Locale) ?? FromLocale(savedPreference) ?? French;

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
