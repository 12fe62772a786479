using System.Globalization;

namespace CreditBot.Texts;

/// <summary>Every user-facing sentence of the bot's shell, in English (Texts.resx) and French (Texts.fr.resx).</summary>
public static class Texts
{
    public static TextCatalog Catalog { get; } = new("CreditBot.Texts.Texts", "Texts.resx");

    public static string Get(string key, CultureInfo culture) => Catalog.Get(key, culture);
}
