using System.Globalization;
using CreditBot.Cards;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>Answers that are a sentence, not a card, and carry no figures.</summary>
public static class PlainReplies
{
    /// <summary>The asker may not see this client's figures.</summary>
    public static string Refusal(CultureInfo culture) => T.Get("reply.refusal", culture);

    public static string NotUnderstood(CultureInfo culture) => T.Get("reply.not-understood", culture);

    public static string InvoiceNotFound(string number, CultureInfo culture) => T.Format("reply.invoice-not-found", culture, Markdown.Literal(number));

    /// <summary>No sales in the scope asked about over the DSO period: no DSO exists, which is an answer, not a failure.</summary>
    public static string DsoNoSales(DateOnly asOf, CultureInfo culture) => T.Format("reply.dso-no-sales", culture, Figures.Date(asOf, culture));

    /// <summary>The asker may not see company, business-unit or country figures (no client is involved).</summary>
    public static string ScopeRefusal(CultureInfo culture) => T.Get("reply.refusal-scope", culture);

    /// <summary>The asker holds no role, so no client is theirs.</summary>
    public static string NoRole(CultureInfo culture) => T.Get("reply.no-role", culture);

    /// <summary>A salesperson to whom the client master gives no client.</summary>
    public static string NoClientAssigned(CultureInfo culture) => T.Get("reply.no-clients", culture);

    /// <summary>A business unit no client belongs to, with the units the client master knows.</summary>
    public static string UnknownBusinessUnit(string unit, IReadOnlyList<string> known, CultureInfo culture) => known.Count == 0
        ? T.Format("reply.unknown-unit-none", culture, unit)
        : T.Format("reply.unknown-unit", culture, unit, string.Join(", ", known));
}
