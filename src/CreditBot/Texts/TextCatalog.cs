using System.Collections;
using System.Globalization;
using System.Resources;

namespace CreditBot.Texts;

/// <summary>One resource set of user-facing texts (English neutral resx plus its French satellite).</summary>
public sealed class TextCatalog(string baseName, string fileName)
{
    private readonly ResourceManager _resources = new(baseName, typeof(TextCatalog).Assembly);

    public string FileName { get; } = fileName;

    public string Get(string key, CultureInfo culture) =>
        _resources.GetString(key, culture)
        ?? throw new KeyNotFoundException($"No text named '{key}' in {FileName}.");

    /// <summary>The text with its <c>{0}</c>, <c>{1}</c>… placeholders filled in (already formatted figures).</summary>
    public string Format(string key, CultureInfo culture, params object?[] arguments) =>
        string.Format(culture, Get(key, culture), arguments);

    /// <summary>The keys of one language's own resources, for completeness tests.</summary>
    public IReadOnlyList<string> Keys(CultureInfo culture)
    {
        var set = _resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToArray();
    }
}
