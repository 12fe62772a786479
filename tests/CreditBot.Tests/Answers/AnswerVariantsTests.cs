using System.Globalization;
using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.Cards;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.LatePayment;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Answers;

/// <summary>
/// The cards' other shapes (no credit line, empty list, nothing to suggest, refused penalties, a stopped count-back)
/// go through the same checks as the samples: nothing unbound, the official templating gives the same JSON, the
/// official renderer reports nothing.
/// </summary>
public class AnswerVariantsTests
{
    private static readonly DateOnly AsOf = AnswerSamples.AsOf;

    private static readonly Client Bare = new() { Code = new ClientCode("C0900"), Name = "Nouveau Client SARL" };

    public static IReadOnlyDictionary<string, (string Template, Func<CultureInfo, JsonObject> Data)> Variants { get; } =
        new Dictionary<string, (string, Func<CultureInfo, JsonObject>)>(StringComparer.Ordinal)
        {
            ["exposure-no-line-no-history"] = (ExposureCard.TemplateName, culture =>
                ExposureCard.Data(new ExposureView(Bare, Exposure.Of(Bare, [], [], AsOf), []), culture)),
            ["exposure-limit-zero-manual-block"] = (ExposureCard.TemplateName, culture =>
            {
                var chf = new Currency("CHF");
                var client = Bare with { Limit = new CreditLimit(new Money(0m, chf), ValidFrom: AsOf.AddDays(10)), ManualBlock = true, Currency = chf };
                var item = AnswerSamples.Item("F-1", AsOf.AddDays(-40), AsOf.AddDays(-10), 500m, 500m) with { Client = client.Code, Amount = new Money(500m, client.Currency), Open = new Money(500m, client.Currency), PromiseToPay = AsOf.AddDays(-2) };
                return ExposureCard.Data(new ExposureView(client, Exposure.Of(client, [item], [], AsOf), [item]), culture);
            }
            ),
            ["invoice-refused"] = (InvoiceCard.TemplateName, culture => InvoiceCard.Data(
                AnswerSamples.PartlyPaidInvoice with
                {
                    Penalty = PenaltyCalculation.ForInvoice(AnswerSamples.PartlyPaid, AnswerSamples.AcmePayments, AsOf, PenaltyRateTable.Default),
                },
                culture)),
            ["client-list-empty"] = (ClientListCard.TemplateName, culture => ClientListCard.Data(ClientListKind.BlockedOrders, [], culture)),
            ["not-found-nothing-close"] = (ClientNotFoundCard.TemplateName, culture => ClientNotFoundCard.Data("zzz", "exposure", [], culture)),
            ["pre-sale-no-line-no-terms"] = (PreSaleCard.TemplateName, culture =>
            {
                var order = new Order { Client = Bare.Code, Number = "SIMULATION", Date = AsOf, Amount = Money.Eur(5_000m) };
                return PreSaleCard.Data(new PreSaleView(Bare, Exposure.Of(Bare, [], [], AsOf), order, BlockRules.Evaluate(Bare, [], [], order, AsOf)), culture);
            }
            ),
            ["dso-stopped"] = (DsoCard.TemplateName, culture => DsoCard.Data(
                new DsoView(
                    DsoScopeKind.Country,
                    new DateOnly(2026, 10, 31),
                    CountBackDso.Compute(Money.Eur(150_000m), [new(2026, 10, Money.Eur(100_000m)), new(2026, 9, Money.Eur(0m))]),
                    ScopeName: "BE"),
                culture)),
            ["cost-no-margin"] = (CostOfUnpaidCard.TemplateName, culture => CostOfUnpaidCard.Data(CostOfUnpaid.Of(Money.Eur(10_000m), 0m), culture)),
        };

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Variants.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name, "fr-FR");
            data.Add(name, "en-US");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task Expands_like_the_official_library_and_renders_without_a_warning(string variant, string culture)
    {
        var (template, build) = Variants[variant];
        var data = build(CultureInfo.GetCultureInfo(culture));
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("data.json"), data.ToJsonString());
        var card = CardTemplates.Bind(template, data).ToNode();
        await File.WriteAllTextAsync(temp.File("card.json"), card.ToJsonString());

        var official = await NodeTool.RunAsync(RepositoryPaths.CardsTool, "expand.mjs", Path.Combine(RepositoryPaths.Cards, $"{template}.json"), temp.File("data.json"), "--strict");
        var render = await NodeTool.RunAsync(RepositoryPaths.CardsTool, "render.mjs", temp.File("card.json"), "--strict");

        Assert.Empty(CardBinder.Leftovers(card));
        Assert.True(official.ExitCode == 0, official.Error);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(official.Output), card), $"official:\n{official.Output}\nours:\n{card.ToJsonString()}");
        Assert.True(render.ExitCode == 0, $"{render.Output}\n{render.Error}");
    }
}
