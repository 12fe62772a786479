using System.Globalization;

namespace CreditBot.Texts;

/// <summary>The labels and sentences of the daily digest and the weekly summary, in English (Digests.resx) and French (Digests.fr.resx).</summary>
public static class DigestTexts
{
    public static TextCatalog Catalog { get; } = new("CreditBot.Texts.Digests", "Digests.resx");

    public static string Get(string key, CultureInfo culture) => Catalog.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Catalog.Format(key, culture, arguments);
}
