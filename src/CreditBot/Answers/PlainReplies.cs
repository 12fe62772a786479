using System.Globalization;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Answers;

/// <summary>Answers that are a sentence, not a card, and carry no figures.</summary>
public static class PlainReplies
{
    /// <summary>The asker may not see this client's figures.</summary>
    public static string Refusal(CultureInfo culture) => T.Get("reply.refusal", culture);

    public static string NotUnderstood(CultureInfo culture) => T.Get("reply.not-understood", culture);

    public static string InvoiceNotFound(string number, CultureInfo culture) => T.Format("reply.invoice-not-found", culture, number);
}
