using System.Globalization;
using System.Resources;

namespace CreditBot.Texts;

/// <summary>Every user-facing sentence, in English (Texts.resx) and French (Texts.fr.resx).</summary>
public static class Texts
{
    private static readonly ResourceManager Resources = new("CreditBot.Texts.Texts", typeof(Texts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture)
        ?? throw new KeyNotFoundException($"No text named '{key}' in Texts.resx.");

    /// <summary>The keys of the neutral (English) resources, for completeness tests.</summary>
    public static IReadOnlyList<string> Keys(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToArray();
    }
}
