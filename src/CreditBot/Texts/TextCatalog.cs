using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace CreditBot.Texts;

/// <summary>One resource set of user-facing texts (English neutral resx plus its French satellite).</summary>
public sealed class TextCatalog(string baseName, string fileName)
{
    private readonly ResourceManager _resources = new(baseName, typeof(TextCatalog).Assembly);

    // ResourceManager takes a lock on every lookup and an answer card reads dozens of texts: each text is
    // looked up once per culture. The keys are the code's own constants, so the cache stays small.
    private readonly ConcurrentDictionary<(string Key, string Culture), string> _texts = new();

    public string FileName { get; } = fileName;

    public string Get(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return _texts.TryGetValue((key, culture.Name), out var text) ? text : Read(key, culture);
    }

    private string Read(string key, CultureInfo culture)
    {
        var text = _resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text named '{key}' in {FileName}.");
        return _texts.GetOrAdd((key, culture.Name), text);
    }

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
