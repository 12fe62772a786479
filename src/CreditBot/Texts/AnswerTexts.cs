using System.Collections;
using System.Globalization;
using System.Resources;

namespace CreditBot.Texts;

/// <summary>
/// The labels and sentences of the answer cards, in English (Answers.resx) and French (Answers.fr.resx).
/// Keys are lower-case and dotted, <c>card.label</c>; the domain's own keys (<c>block.overdue</c>,
/// <c>penalty.refused.missing-ecb-rate</c>, <c>exposure.definition.…</c>) are used as they are.
/// </summary>
public static class AnswerTexts
{
    private static readonly ResourceManager Resources = new("CreditBot.Texts.Answers", typeof(AnswerTexts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture)
        ?? throw new KeyNotFoundException($"No text named '{key}' in Answers.resx.");

    /// <summary>The text with its <c>{0}</c>, <c>{1}</c>… placeholders filled in (already formatted figures).</summary>
    public static string Format(string key, CultureInfo culture, params object?[] arguments) =>
        string.Format(culture, Get(key, culture), arguments);

    /// <summary>The keys of one language's own resources, for completeness tests.</summary>
    public static IReadOnlyList<string> Keys(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToArray();
    }
}
