using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;
using CreditBot.Domain.Receivables;
using CreditBot.Tests.Answers;

namespace CreditBot.Tests.Cards;

/// <summary>Sample data for every template in cards/, in both languages, as the app binds it.</summary>
public static class CardSamples
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static IReadOnlyDictionary<string, Func<CultureInfo, JsonObject>> ByTemplate { get; } =
        new Dictionary<string, Func<CultureInfo, JsonObject>>(StringComparer.Ordinal)
        {
            [HelpCard.TemplateName] = HelpCard.Data,
            [WelcomeCard.TemplateName] = culture => WelcomeCard.Data(culture, inTeam: false),
            [ExposureCard.TemplateName] = culture => ExposureCard.Data(AnswerSamples.AcmeView, culture),
            [InvoiceCard.TemplateName] = culture => InvoiceCard.Data(AnswerSamples.PartlyPaidInvoice, culture),
            [ClientListCard.TemplateName] = culture => ClientListCard.Data(ClientListKind.Overdue, AnswerSamples.OverdueClients(), culture, maxRows: 3),
            [OpenInvoicesCard.TemplateName] = culture => OpenInvoicesCard.Data(new OpenInvoicesView(AnswerSamples.Acme, AnswerSamples.AsOf, AnswerSamples.AcmeItems), culture),
            [PreSaleCard.TemplateName] = culture => PreSaleCard.Data(AnswerSamples.AcmePreSale, culture),
            [ClientChoiceCard.TemplateName] = culture => ClientChoiceCard.Data("acme", "exposure", AnswerSamples.AcmeLookalikes, culture),
            [ClientNotFoundCard.TemplateName] = culture => ClientNotFoundCard.Data("acmz", "exposure", AnswerSamples.AcmeLookalikes.Take(CreditBot.Questions.ClientMatcher.MaxSuggestions).ToList(), culture),
            [DsoCard.TemplateName] = culture => DsoCard.Data(AnswerSamples.PortfolioDso(), culture),
            [CostOfUnpaidCard.TemplateName] = culture => CostOfUnpaidCard.Data(CostOfUnpaid.Of(Money.Eur(10_000m), 0.10m), culture),
            [PaymentBehaviourCard.TemplateName] = culture => PaymentBehaviourCard.Data(AnswerSamples.Acme, AnswerSamples.AcmeBehaviour, culture),
            [CreditBot.OrderBlocks.BlockedOrderCard.TemplateName] = culture => CreditBot.OrderBlocks.BlockedOrderCard.Data(OrderBlocks.OrderBlockSamples.View(), culture, OrderBlocks.OrderBlockSamples.Paris),
            [CreditBot.Committee.LimitRequestForm.TemplateName] = culture => CreditBot.Committee.LimitRequestForm.Data(
                AnswerSamples.Acme, Money.Eur(42_000m), 80_000m, new DateOnly(2026, 11, 23), new DateOnly(2027, 11, 23), new CreditBot.Committee.CommitteeOptions(), culture),
            [CreditBot.Committee.CommitteeCard.TemplateName] = culture => CreditBot.Committee.CommitteeCard.Data(
                Committee.CommitteeSamples.WithVotes(), "member-1", Committee.CommitteeSamples.Paris, culture),
            [CreditBot.OrderBlocks.OrderStatusCard.TemplateName] = culture => CreditBot.OrderBlocks.OrderStatusCard.Data(
                "CMD-2026-0456", OrderBlocks.OrderBlockSamples.OrderStatus(culture), culture),
            [CreditBot.OrderBlocks.BlockStatisticsCard.TemplateName] = culture => CreditBot.OrderBlocks.BlockStatisticsCard.Data(
                OrderBlocks.OrderBlockSamples.Statistics(), culture, OrderBlocks.OrderBlockSamples.Paris),
            [CreditBot.Digests.DailyDigestCard.TemplateName] = culture => CreditBot.Digests.DailyDigestCard.Data(
                CreditBot.Tests.Digests.DigestSamples.DailyView(CreditBot.Tests.Digests.DigestSamples.Stale, Money.Eur(27_500m)), culture),
            [CreditBot.Digests.WeeklySummaryCard.TemplateName] = culture => CreditBot.Digests.WeeklySummaryCard.Data(
                CreditBot.Tests.Digests.WeeklySamples.View(previousDso: 47.0m, target: 40m, history: true, week: true), culture),
        };

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in ByTemplate.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name, "fr-FR");
            data.Add(name, "en-US");
        }

        return data;
    }

    public static JsonObject For(string template, string culture) =>
        ByTemplate[template](culture == "fr-FR" ? French : English);
}
