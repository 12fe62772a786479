using System.Globalization;

namespace CreditBot.Texts;

/// <summary>The texts of limit requests and the credit committee, in English (Committee.resx) and French (Committee.fr.resx).</summary>
public static class CommitteeTexts
{
    public static TextCatalog Catalog { get; } = new("CreditBot.Texts.Committee", "Committee.resx");

    public static string Get(string key, CultureInfo culture) => Catalog.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Catalog.Format(key, culture, arguments);
}
