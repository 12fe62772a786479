using System.Globalization;

namespace CreditBot.Texts;

/// <summary>The blocked-order card, refusals and messages, in English (OrderBlocks.resx) and French (OrderBlocks.fr.resx).</summary>
public static class OrderBlockTexts
{
    public static TextCatalog Catalog { get; } = new("CreditBot.Texts.OrderBlocks", "OrderBlocks.resx");

    public static string Get(string key, CultureInfo culture) => Catalog.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Catalog.Format(key, culture, arguments);
}
