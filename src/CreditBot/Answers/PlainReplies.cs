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
}
