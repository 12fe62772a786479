using System.Globalization;

namespace CreditBot.Texts;

/// <summary>
/// The labels and sentences of the answer cards, in English (Answers.resx) and French (Answers.fr.resx).
/// Keys are lower-case and dotted, <c>card.label</c>; the domain's own keys (<c>block.overdue</c>,
/// <c>penalty.refused.missing-ecb-rate</c>, <c>exposure.definition.…</c>) are used as they are.
/// </summary>
public static class AnswerTexts
{
    public static TextCatalog Catalog { get; } = new("CreditBot.Texts.Answers", "Answers.resx");

    public static string Get(string key, CultureInfo culture) => Catalog.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Catalog.Format(key, culture, arguments);
}
