using System.Globalization;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using T = CreditBot.Texts.AnswerTexts;

namespace CreditBot.Tests.Answers;

public class ExposureCardTests
{
    private static readonly CultureInfo French = TurnCulture.French;
    private static readonly CultureInfo English = TurnCulture.English;
    private static readonly DateOnly AsOf = AnswerSamples.AsOf;

    private static readonly Client Client = new()
    {
        Code = new ClientCode("C0001"),
        Name = "Dupont SA",
        Limit = new CreditLimit(Money.Eur(50_000m), ReviewDate: new DateOnly(2027, 3, 31)),
    };

    private static readonly OpenItem NotDue = AnswerSamples.Item("F-1", AsOf.AddDays(-10), AsOf.AddDays(20), 12_000m, 12_000m) with { Client = Client.Code };

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public void Headroom_is_the_limit_less_the_exposure_formatted_for_the_reader(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var result = Exposure.Of(Client, [NotDue], [], AsOf);

        var data = ExposureCard.Data(new ExposureView(Client, result, [NotDue]), culture);

        Assert.Equal(38_000m, result.Headroom!.Value.Amount);
        Assert.Equal(Figures.Money(Money.Eur(38_000m), culture), CardData.Value(data, "figures", T.Get("exposure.headroom", culture)));
        Assert.Equal(Figures.Money(Money.Eur(12_000m), culture), (string?)data["exposure"]);
        Assert.Equal(Figures.Money(Money.Eur(50_000m), culture), CardData.Value(data, "figures", T.Get("exposure.limit", culture)));
        Assert.Equal(T.Get("exposure.not-blocked", culture), (string?)data["blockTitle"]);
        Assert.Empty(CardData.Texts(data, "blockReasons"));
    }

    [Fact]
    public void Figures_read_in_French_and_in_English()
    {
        var item = NotDue with { Amount = Money.Eur(12_345.67m), Open = Money.Eur(12_345.67m) };
        var result = Exposure.Of(Client, [item], [], AsOf);

        var french = ExposureCard.Render(new ExposureView(Client, result, [item]), French).ToNode();
        var english = ExposureCard.Render(new ExposureView(Client, result, [item]), English).ToNode();

        Assert.Contains("12 345,67 €", CardData.Strings(french).Select(FiguresTests.Spaced));
        Assert.Contains("€12,345.67", CardData.Strings(english));
        Assert.Contains(T.Get("exposure.label", French), CardData.Strings(french));
        Assert.Contains(T.Get("exposure.label", English), CardData.Strings(english));
    }

    [Fact]
    public void Every_block_reason_is_listed_in_words_with_its_figures()
    {
        var view = AnswerSamples.AcmeView;

        var data = ExposureCard.Data(view, English);
        var card = ExposureCard.Render(view, English).ToNode();

        var reasons = view.Exposure.Block.Reasons;
        Assert.Equal(2, reasons.Count);
        Assert.IsType<BlockReason.OverdueBeyondTolerance>(reasons[0]);
        var exceeded = Assert.IsType<BlockReason.LimitExceeded>(reasons[1]);
        Assert.Equal(reasons.Select(reason => BlockReasonText.Describe(reason, English)), CardData.Texts(data, "blockReasons"));
        Assert.Contains("Exposure €57,145.67 is above the limit of €50,000.00 by €7,145.67.", CardData.Texts(data, "blockReasons"));
        // Exposure 57 145,67 (AnswerSamples: open 48 145,67 + order 9 000) − limit 50 000 = 7 145,67.
        Assert.Equal(Money.Eur(7_145.67m), exceeded.Excess);
        Assert.Equal("€7,145.67", CardData.Value(data, "figures", T.Get("exposure.excess", English)));
        Assert.Equal("Attention", (string?)CardData.Row(data, "figures", T.Get("exposure.excess", English))["color"]);
        Assert.Equal("attention", (string?)data["blockStyle"]);
        Assert.Contains(CardData.Strings(card), text => text.Contains("Orders blocked: 2 reasons", StringComparison.Ordinal));
    }

    [Fact]
    public void A_limit_of_zero_reads_no_credit_and_no_line_reads_no_credit_line()
    {
        var zero = Client with { Limit = new CreditLimit(Money.Eur(0m)) };
        var none = Client with { Limit = null };

        var zeroData = ExposureCard.Data(new ExposureView(zero, Exposure.Of(zero, [NotDue], [], AsOf), [NotDue]), English);
        var noneData = ExposureCard.Data(new ExposureView(none, Exposure.Of(none, [NotDue], [], AsOf), [NotDue]), English);

        Assert.Equal("No credit (limit 0)", CardData.Value(zeroData, "figures", "Credit limit"));
        Assert.Equal("No credit line", CardData.Value(noneData, "figures", "Credit limit"));
        Assert.False(CardData.HasRow(zeroData, "figures", "Headroom"));
        Assert.False(CardData.HasRow(noneData, "figures", "Headroom"));
        Assert.Equal(["No credit allowed (limit 0), and the exposure is €12,000.00."], CardData.Texts(zeroData, "blockReasons"));
        Assert.Equal(["No credit line: every order needs a credit decision."], CardData.Texts(noneData, "blockReasons"));
    }

    [Fact]
    public void The_aged_balance_shows_each_bucket_and_adds_up_to_the_open_total()
    {
        var view = AnswerSamples.AcmeView;

        var data = ExposureCard.Data(view, French);

        // AnswerSamples as of 23/11/2026, by days past due: F-0120 due 10/12 not due 21 345,67; F-0101 (4 days)
        // 12 000 and credit note AV-0007 (18 days) −1 200 → 1–30: 10 800; F-0088 (44 days) 8 400; F-0061 (84 days)
        // 1 600; F-0042 (192 days) 6 000. Total 21 345,67 + 10 800 + 8 400 + 1 600 + 6 000 = 48 145,67.
        var rows = data["aged"]!.AsArray();
        Assert.Equal(
            ["21 345,67 €", "10 800,00 €", "8 400,00 €", "1 600,00 €", "6 000,00 €"],
            rows.Select(row => FiguresTests.Spaced((string)row!["value"]!)));
        Assert.Equal("48 145,67 €", FiguresTests.Spaced((string)data["agedTotal"]![0]!["value"]!));
        Assert.Equal(["Non échu · 1 pièce", "1–30 jours · 2 pièces", "31–60 jours · 1 pièce", "61–90 jours · 1 pièce", "Plus de 90 jours · 1 pièce"], rows.Select(row => FiguresTests.Spaced((string)row!["label"]!)));
    }

    [Fact]
    public void Overdue_disputes_promises_last_payment_and_behaviour_come_from_the_domain()
    {
        var view = AnswerSamples.AcmeView;

        var data = ExposureCard.Data(view, English);

        // Overdue = open 48 145,67 − not due 21 345,67 = 26 800,00 (see the aged balance above).
        Assert.Equal("€26,800.00", CardData.Value(data, "figures", "Overdue"));
        Assert.Equal("4 items · oldest over 90 days", (string?)CardData.Row(data, "figures", "Overdue")["note"]);
        Assert.Equal("€1,600.00", CardData.Value(data, "figures", "Disputes"));
        Assert.Equal("€8,400.00", CardData.Value(data, "figures", "Promises to pay"));
        Assert.Equal("1 item, next on 30 Nov 2026", FiguresTests.Spaced((string)CardData.Row(data, "figures", "Promises to pay")["note"]!));
        Assert.Equal("€5,000.00", CardData.Value(data, "figures", "Last payment"));
        Assert.Equal("€40,000.00", CardData.Value(data, "figures", "Insurer cover"));
        Assert.Equal("uninsured: €17,145.67", (string?)CardData.Row(data, "figures", "Insurer cover")["note"]);
        Assert.Equal("B", CardData.Value(data, "figures", "Risk class"));
        Assert.Equal(
            "Paid 11 days late on average over the last 3 months (24 days over the 12 months before): ↘ improving.",
            (string?)data["behaviour"]);
    }

    [Fact]
    public void The_definition_of_exposure_is_stated()
    {
        var result = Exposure.Of(Client, [NotDue], [], AsOf, new ExposureOptions { IncludeDisputed = false });

        var data = ExposureCard.Data(new ExposureView(Client, result, [NotDue]), French);

        Assert.Equal(T.Get("exposure.definition.receivables-plus-orders-without-disputes", French), (string?)data["definition"]);
    }
}
