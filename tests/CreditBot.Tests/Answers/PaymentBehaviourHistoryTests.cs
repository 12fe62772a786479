using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Receivables;

namespace CreditBot.Tests.Answers;

/// <summary>A client whose settled invoices are all older than the card's windows (an invoice history that ended long ago).</summary>
public class PaymentBehaviourHistoryTests
{
    private static readonly PaymentBehaviour OldHistory = PaymentBehaviour.Of(
        [
            new Payment { Client = AnswerSamples.Acme.Code, Date = new DateOnly(2022, 3, 11), ItemDueDate = new DateOnly(2022, 3, 1), Amount = Money.Eur(1_000m) },
            new Payment { Client = AnswerSamples.Acme.Code, Date = new DateOnly(2023, 2, 20), ItemDueDate = new DateOnly(2023, 2, 10), Amount = Money.Eur(3_000m) },
        ],
        AnswerSamples.AsOf,
        Currency.Eur);

    [Theory]
    [InlineData("en", "No settled invoice in the last 15 months; over the whole history (11 Mar 2022 to 20 Feb 2023, 2 payments): paid 10 days late on average.")]
    [InlineData("fr", "Aucune facture réglée sur les 15 derniers mois ; sur tout l'historique (du 11 mars 2022 au 20 févr. 2023, 2 règlements) : payé avec 10 jours de retard en moyenne.")]
    public void The_summary_gives_the_whole_history_figure_with_its_period(string language, string expected)
    {
        var culture = language == "fr" ? TurnCulture.French : TurnCulture.English;

        var summary = PaymentBehaviourText.Summary(OldHistory, culture);

        Assert.Equal(expected, Normalise(summary));
    }

    [Theory]
    [InlineData("en", "Whole history", "10 days late")]
    [InlineData("fr", "Tout l'historique", "10 jours de retard")]
    public void The_card_shows_a_whole_history_row(string language, string label, string value)
    {
        var culture = language == "fr" ? TurnCulture.French : TurnCulture.English;

        var data = PaymentBehaviourCard.Data(AnswerSamples.Acme, OldHistory, culture);

        Assert.Equal(value, Normalise(CardData.Value(data, "figures", label)));
    }

    [Fact]
    public void A_client_with_recent_settlements_gets_no_whole_history_row()
    {
        var data = PaymentBehaviourCard.Data(AnswerSamples.Acme, AnswerSamples.AcmeBehaviour, TurnCulture.English);

        Assert.False(CardData.HasRow(data, "figures", "Whole history"));
    }

    // Figures keep their parts together with no-break spaces: compared here as plain spaces.
    private static string Normalise(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2060', ' ');
}
